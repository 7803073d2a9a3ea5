import { seesPartnerIdentity } from '../../kit/pii';
import type { Viewer } from '../../kit/viewer';

/**
 * Whether the viewer may see (masked) and reveal the applicant's identity of a referral. A confidential referral is a
 * whistle-blower's matter: its applicant's identity is for the court's own staff only (AGENCY_STAFF of the COURT);
 * every other viewer, ADMIN and the hub's services included, gets null, not even a masked value.
 */
export function seesApplicantIdentity(viewer: Viewer, confidential: boolean): boolean {
  return seesPartnerIdentity(viewer, 'COURT', confidential);
}
