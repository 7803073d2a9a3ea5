import { maskIdNumber, maskName, maskPhone, seesPartnerIdentity } from '../../kit/pii';
import type { Viewer } from '../../kit/viewer';
import type { Person } from './domain/types';
import { UNNAMED_PETITIONER } from './repositories/IntakeRepository';

/**
 * Whether the viewer may see (masked) and reveal the identity of a petition's petitioner and representatives. A
 * confidential petition is a whistle-blower's matter: the identity is for the petition center's own staff only
 * (AGENCY_STAFF of PETITION); every other viewer, ADMIN and the hub's services included, gets null, not even masked.
 */
export function seesPetitionerIdentity(viewer: Viewer, confidential: boolean): boolean {
  return seesPartnerIdentity(viewer, 'PETITION', confidential);
}

export interface PetitionerView {
  name: string | null;
  idNumber: string | null;
  phone: string | null;
}

const HIDDEN: PetitionerView = { name: null, idNumber: null, phone: null };

/**
 * A person as every viewer sees them: masked (`王*`, `220302********0048`, `139****5678`), or all null when hidden.
 * The placeholder recorded for a petitioner who left no name is not personal data and stays as it is.
 */
export function personView(person: Person, visible: boolean): PetitionerView {
  if (!visible) return HIDDEN;
  return {
    name: person.name === UNNAMED_PETITIONER ? person.name : maskName(person.name),
    idNumber: maskIdNumber(person.idNumber),
    phone: maskPhone(person.phone),
  };
}
