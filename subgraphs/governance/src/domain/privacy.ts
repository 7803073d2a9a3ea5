import { maskFreeText, maskPersonalData } from '../../../kit/pii';
import type { Viewer } from '../../../kit/viewer';
import type { AppealRecord, DispatchRecord, PartyRecord } from '../repositories/rows';

/**
 * What of an appeal's personal data a viewer may see (domain.md, "Personal data"). Rows reach here only after the
 * repositories scoped them to the viewer; this decides, per field, masked / withheld / clear.
 */

/** The parties whose identity a whistle-blower's protection covers. */
const PROTECTED_ROLES = new Set(['APPLICANT', 'REPRESENTATIVE']);

/** The citizen who submitted the appeal through their own account. */
export function isOwner(viewer: Viewer, appeal: AppealRecord): boolean {
  return viewer.role === 'CITIZEN' && appeal.citizenSub !== null && appeal.citizenSub === viewer.sub;
}

/**
 * A whistle-blower's (confidential) matter: the identity of the person bringing it never reaches the unit reported
 * on. Any department, partner agency, grid worker or administrator could be that unit, so only center staff who are
 * not themselves the reported unit (and the whistle-blower, in their own account) see it; to everyone else it is
 * withheld, not merely masked.
 */
export function identityWithheld(viewer: Viewer, appeal: AppealRecord): boolean {
  if (!appeal.confidential) return false;
  if (isOwner(viewer, appeal)) return false;
  if (viewer.role !== 'CENTER_STAFF') return true;
  return appeal.reportedUnitId !== null && (viewer.centerId === appeal.reportedUnitId || viewer.departmentId === appeal.reportedUnitId);
}

export interface PartyView {
  id: string;
  role: string;
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  identityWithheld: boolean;
}

/** Parties as a viewer sees them: masked by default; a protected whistle-blower's identity withheld. */
export function presentParty(viewer: Viewer, appeal: AppealRecord, p: PartyRecord): PartyView {
  if (PROTECTED_ROLES.has(p.role) && identityWithheld(viewer, appeal)) {
    return { id: p.id, role: p.role, name: null, idNumber: null, phone: null, address: null, identityWithheld: true };
  }
  const masked = maskPersonalData({ name: p.name, idNumber: p.idNumber, phone: p.phone, address: p.address });
  return { id: p.id, role: p.role, ...masked, identityWithheld: false };
}

/**
 * Free text written by or about the citizen (title, description): ID and mobile numbers in it masked, and the names of
 * the appeal's parties masked like their name fields — a protected whistle-blower's name withheld (`**`).
 */
export function presentText(viewer: Viewer, appeal: AppealRecord, parties: readonly PartyRecord[], text: string): string {
  if (isOwner(viewer, appeal)) return text;
  const withheld = identityWithheld(viewer, appeal);
  const hidden = parties.filter((p) => withheld && PROTECTED_ROLES.has(p.role)).map((p) => p.name);
  const masked = parties.filter((p) => !(withheld && PROTECTED_ROLES.has(p.role))).map((p) => p.name);
  return maskFreeText(maskFreeText(text, hidden, true), masked) as string;
}

/**
 * Health details of a medical dispute: only the units handling it — a department, center or partner agency the appeal
 * was dispatched to, the receiving center's staff — and the citizen who brought it. Null for everyone else
 * (jurisdiction staff not handling it, grid workers, administrators, auditors).
 */
export function mayReadHealthDetails(viewer: Viewer, appeal: AppealRecord, dispatches: readonly DispatchRecord[]): boolean {
  if (isOwner(viewer, appeal)) return true;
  const handledBy = (type: string, id: string | undefined) => id !== undefined && dispatches.some((d) => d.targetType === type && d.targetId === id);
  switch (viewer.role) {
    case 'DEPARTMENT_STAFF':
      return handledBy('DEPARTMENT', viewer.departmentId);
    case 'AGENCY_STAFF':
      return handledBy('PARTNER', viewer.agency);
    case 'CENTER_STAFF':
      return viewer.centerId !== undefined && (viewer.centerId === appeal.centerId || handledBy('CENTER', viewer.centerId));
    default:
      return false;
  }
}

/** A resolver for free text staff write (replies, notes, comments), which can quote a citizen's numbers: masked. */
export const maskedText =
  <K extends string>(field: K) =>
  <R extends { [F in K]: string | null }>(row: R): R[K] =>
    maskFreeText(row[field]) as R[K];
