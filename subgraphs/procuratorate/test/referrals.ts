import type { DemoWorld } from '../../../demo/model';
import { referralIn, type ReferralMatter } from '../../../test/support/referrals';
import { signedPost, type GraphQLResponse } from '../../../test/support/signedFetch';
import { makeIdNumber } from '../../kit/idNumber';
import type { ReferralIntakeInput } from '../../kit/referralIntake';
import type { Viewer } from '../../kit/viewer';
import type { Running } from './harness';

/** Test referrals to the procuratorate in a real place of the small world, and the viewers of the workflow. */

export const procuratorateStaffOf = (jurisdiction: string): Viewer => ({ sub: `pm-${jurisdiction}`, role: 'AGENCY_STAFF', agency: 'PROCURATORATE', jurisdictions: [jurisdiction], scopes: [] });
export const admin: Viewer = { sub: 'admin-1', role: 'ADMIN', jurisdictions: ['2203'], scopes: [] };

export const MATTER_FIELDS = `id dispatchId kind status title category description department regionCode gridCode
  petitioner { name idNumber phone anonymous unreachable confidential } procuratorate { code name level }
  receivedAt receivedOn proceduralReplyDueOn proceduralRepliedOn outcomeReplyDueOn outcomeRepliedOn outcomeReplyKind
  resultRepliedOn resultReply closedOn appeal { id }`;
export const INTAKE = `mutation($input: ProcuratorateReferralIntake!) { receiveProcuratorateReferral(input: $input) { ${MATTER_FIELDS} } }`;

export const post = (app: Running, query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<GraphQLResponse<any>> =>
  signedPost(app.url, 'procuratorate', query, variables, viewer);

/** A grievance against the police's refusal to open a case: an appeal for the complaints-and-appeals department. */
const REFUSED_CASE: ReferralMatter = {
  category: 'LITIGATION.CRIMINAL',
  title: '对公安机关不立案决定不服',
  description: '报案后公安机关作出不予立案决定，申请检察机关监督。',
  nature: 'GRIEVANCE',
  litigation: 'CRIMINAL',
  urgency: 'NORMAL',
  anonymous: false,
  confidential: false,
  applicantName: '李四',
  applicantIdNumber: makeIdNumber('220302', '19750505', 31),
  applicantPhone: '+86 139 1234 5678',
};

/** A valid referral with a fresh dispatch id in a grid of `county`; `overrides` replace fields (also with bad values). */
export function referral(world: DemoWorld, overrides: Partial<Record<keyof ReferralIntakeInput, unknown>> = {}, county = '220302'): ReferralIntakeInput {
  return { ...referralIn(world, county, REFUSED_CASE), ...overrides } as ReferralIntakeInput;
}
