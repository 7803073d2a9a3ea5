import { maskIdNumber, maskName, maskPhone } from '../../../kit/pii';
import type { Viewer } from '../../../kit/viewer';
import type { Petitioner } from '../model';

/** What a reveal of a petitioner's data is recorded as in `pii_reveals.subject_type`. */
export const PETITIONER_SUBJECT = 'PROCURATORATE_PETITIONER';

/**
 * Whether the viewer may see a confidential petitioner's identity at all (masked, or revealed with a purpose): the
 * procuratorate's own staff only. A whistle-blower's identity (举报人保密) never reaches anybody else, the hub's
 * center staff and administrators included (domain.md, "Personal data").
 */
export function maySeeConfidentialIdentity(viewer: Viewer): boolean {
  return viewer.role === 'AGENCY_STAFF' && viewer.agency === 'PROCURATORATE';
}

/** Whether the viewer may see this petitioner's identity fields (masked by default). */
export function maySeeIdentity(petitioner: Pick<Petitioner, 'confidential'>, viewer: Viewer): boolean {
  return !petitioner.confidential || maySeeConfidentialIdentity(viewer);
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
