import { maskIdNumber, maskName, maskPhone, seesPartnerIdentity } from '../../../kit/pii';
import type { Viewer } from '../../../kit/viewer';
import type { Petitioner } from '../model';

/** What a reveal of a petitioner's data is recorded as in `pii_reveals.subject_type`. */
export const PETITIONER_SUBJECT = 'PROCURATORATE_PETITIONER';

/** Whether the viewer may see this petitioner's identity fields (masked by default). */
export function maySeeIdentity(petitioner: Pick<Petitioner, 'confidential'>, viewer: Viewer): boolean {
  return seesPartnerIdentity(viewer, 'PROCURATORATE', petitioner.confidential);
}

/**
 * The petitioner as every viewer sees it: name, ID number and phone masked with the kit maskers; all three null for
 * a confidential petitioner unless the viewer is procuratorate staff. The stored values stay clear; only a reveal
 * (with `pii:read` and a purpose, audit-logged) returns them.
 */
export function petitionerView(p: Petitioner, viewer: Viewer): Petitioner {
  if (!maySeeIdentity(p, viewer)) return { ...p, name: null, idNumber: null, phone: null };
  return { ...p, name: maskName(p.name), idNumber: maskIdNumber(p.idNumber), phone: maskPhone(p.phone) };
}
