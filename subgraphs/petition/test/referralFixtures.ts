import type { DemoWorld } from '../../../demo/model';
import { GOVERNANCE, referralIn, type ReferralMatter } from '../../../test/support/referrals';
import { signedPost } from '../../../test/support/signedFetch';
import type { ReferralIntakeInput } from '../../kit/referralIntake';
import type { Viewer } from '../../kit/viewer';

export const petitionStaff = (jurisdiction: string): Viewer => ({ sub: `pstaff-${jurisdiction}`, role: 'AGENCY_STAFF', agency: 'PETITION', jurisdictions: [jurisdiction], scopes: [] });
export const ADMIN: Viewer = { sub: 'admin-1', role: 'ADMIN', jurisdictions: [], scopes: [] };

export const PETITION_FIELDS = `id dispatchId status decision type form anonymous appeal { id } regionCode grid { code } title category
  petitioner { name idNumber phone } receivedOn registeredOn registrationDueOn decidedOn noticeDueOn noticeSentOn legalRoute handlingDueOn
  result repliedOn reviewRequestDueOn concludedOn createdAt updatedAt`;
export const RECEIVE = `mutation($input: PetitionReferralIntake!) { receivePetitionReferral(input: $input) { ${PETITION_FIELDS} } }`;

/** A complaint about winter heating, named and reachable. */
const HEATING: ReferralMatter = {
  category: 'PROPERTY.HEATING',
  title: '小区冬季供暖温度不达标',
  description: '入冬以来室温长期低于十八度，多次向供热公司反映未解决。',
  nature: 'COMPLAINT',
  litigation: 'NONE',
  urgency: 'URGENT',
  anonymous: false,
  confidential: false,
  applicantName: '王芳',
  applicantIdNumber: '220302198001010048',
  applicantPhone: '13912345678',
};

/** A valid intake for a comprehensive grid of the world inside `prefix`, with a fresh dispatch id. */
export const intakeIn = (world: DemoWorld, prefix: string, patch: Partial<ReferralIntakeInput> = {}): ReferralIntakeInput => referralIn(world, prefix, HEATING, patch);

/** Deliver an intake as governance does; resolves with the new (or existing) petition. */
export async function receive(url: string, input: ReferralIntakeInput): Promise<{ id: string; dispatchId: string; [field: string]: any }> {
  const res = await signedPost(url, 'petition', RECEIVE, { input }, GOVERNANCE);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!.receivePetitionReferral;
}
