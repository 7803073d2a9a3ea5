import type { DemoWorld } from '../../../demo/model';
import { GOVERNANCE, referralIn, type ReferralMatter } from '../../../test/support/referrals';
import { signedPost } from '../../../test/support/signedFetch';
import type { ReferralIntakeInput } from '../../kit/referralIntake';
import type { Viewer } from '../../kit/viewer';

export const courtStaff = (jurisdiction: string): Viewer => ({ sub: `judge-${jurisdiction}`, role: 'AGENCY_STAFF', agency: 'COURT', jurisdictions: [jurisdiction], scopes: [] });
export const ADMIN: Viewer = { sub: 'admin-1', role: 'ADMIN', jurisdictions: [], scopes: [] };

export const RECEIVE = `mutation($input: CourtReferralIntake!) {
  receiveCourtReferral(input: $input) { id dispatchId status kind courtName courtCode regionCode applicantName receivedAt updatedAt mediationDeadline appeal { id } }
}`;

/** Wage arrears, a civil matter: the court mediates it first. */
const WAGE_ARREARS: ReferralMatter = {
  category: 'LABOUR.WAGE_ARREARS',
  title: '村民被拖欠工资',
  description: '外地企业拖欠本村十余名村民工资共计二十余万元，多次讨要未果。',
  nature: 'GRIEVANCE',
  litigation: 'CIVIL',
  urgency: 'NORMAL',
  anonymous: false,
  confidential: false,
  applicantName: '张伟',
  applicantIdNumber: '22030219800101003x',
  applicantPhone: '+86 138-0000-5678',
};

/** A valid intake for a comprehensive grid of the world inside `prefix`, with a fresh dispatch id. */
export const intakeIn = (world: DemoWorld, prefix: string, patch: Partial<ReferralIntakeInput> = {}): ReferralIntakeInput => referralIn(world, prefix, WAGE_ARREARS, patch);

/** Deliver an intake as governance does; resolves with the new (or existing) referral. */
export async function receive(url: string, input: ReferralIntakeInput): Promise<{ id: string; status: string; kind: string; dispatchId: string; [k: string]: unknown }> {
  const res = await signedPost(url, 'court', RECEIVE, { input }, GOVERNANCE);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!.receiveCourtReferral;
}
