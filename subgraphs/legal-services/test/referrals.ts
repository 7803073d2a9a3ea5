import type { DemoWorld } from '../../../demo/model';
import { referralIn, type ReferralMatter } from '../../../test/support/referrals';
import { makeIdNumber } from '../../kit/idNumber';
import type { ReferralIntakeInput } from '../../kit/referralIntake';

/** Test referrals to legal services in a real place of the small world. */

export const INTAKE = `mutation($input: LegalServicesReferralIntake!) { receiveLegalServicesReferral(input: $input) {
  id dispatchId status tier category title description applicantName regionCode startDate deadline
  organization { id kind level specialty regionCode } appeal { id } } }`;

/** A neighbours' dispute over a leak: the township's people's mediation committee takes it first. */
const LEAK: ReferralMatter = {
  category: 'NEIGHBOUR.DISPUTE',
  title: '楼上漏水邻里纠纷',
  description: '楼上住户卫生间漏水，多次协商未果。',
  nature: 'GRIEVANCE',
  litigation: 'NONE',
  urgency: 'NORMAL',
  anonymous: false,
  confidential: false,
  applicantName: '张三',
  applicantIdNumber: makeIdNumber('220302', '19800101', 12),
  applicantPhone: '13812345678',
};

/** A valid referral with a fresh dispatch id in a grid of `county`; `overrides` replace fields (also with bad values). */
export function referral(world: DemoWorld, overrides: Partial<Record<keyof ReferralIntakeInput, unknown>> = {}, county = '220302'): ReferralIntakeInput {
  return { ...referralIn(world, county, LEAK), ...overrides } as ReferralIntakeInput;
}
