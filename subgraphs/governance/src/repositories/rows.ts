import { toBool, toIso, toIsoRequired, toJson } from '../../../kit/rows';

/** Typed records of the governance tables, parsed at the edge. */
export interface AppealRecord {
  id: string; title: string; description: string; channel: string; category: string; nature: string; litigation: string;
  urgency: string; status: string; gridCode: string; regionCode: string; centerId: string; receivedAt: string;
  closedAt: string | null; anonymous: boolean; confidential: boolean; satisfaction: string | null;
  parentAppealId: string | null; legalRoute: string | null;
  /** Personal data: read only through domain/privacy.ts. */
  citizenSub: string | null; healthDetails: string | null; reportedUnitId: string | null;
}
export interface PartyRecord { id: string; appealId: string; role: string; name: string; idNumber: string | null; phone: string | null; address: string | null }
export interface DispatchRecord {
  id: string; appealId: string; targetType: string; targetId: string; role: string; status: string;
  dispatchedAt: string; acceptedAt: string | null; repliedAt: string | null; dueAt: string;
  leadDispatchId: string | null; returnable: boolean; returnDueAt: string | null; returnedAt: string | null;
  returnReason: string | null; reply: string | null; partnerState: string | null; routingVersion: number | null;
  clockKind: string | null; clockAmount: number | null; policyId: string | null; extendedAt: string | null; extensionDays: number | null;
  extensionReason: string | null; breachedAt: string | null;
}
export interface TimelineRecord { id: string; appealId: string; at: string; kind: string; fromStatus: string | null; toStatus: string | null; actor: string; centerId: string | null; note: string }
export interface GridRecord { code: string; name: string; type: string; coverage: string | null; regionCode: string }
export interface GridWorkerRecord { id: string; name: string; phone: string; gridCode: string }
export interface RegionRecord { code: string; name: string; level: string; parentCode: string | null }
export interface CenterRecord { id: string; name: string; level: string; regionCode: string }
export interface DepartmentRecord { id: string; name: string; kind: string; regionCode: string }
export interface CategoryRecord { code: string; name: string; parentCode: string | null; leadKind: string | null; coKinds: string[] }

type Row = Record<string, any>;

export const toAppeal = (r: Row): AppealRecord => ({
  id: r.id, title: r.title, description: r.description, channel: r.channel, category: r.category, nature: r.nature,
  litigation: r.litigation, urgency: r.urgency, status: r.status, gridCode: r.grid_code, regionCode: r.region_code,
  centerId: r.center_id, receivedAt: toIsoRequired(r.received_at), closedAt: toIso(r.closed_at),
  anonymous: toBool(r.anonymous), confidential: toBool(r.confidential), satisfaction: r.satisfaction ?? null,
  parentAppealId: r.parent_appeal_id ?? null, legalRoute: r.legal_route ?? null,
  citizenSub: r.citizen_sub ?? null, healthDetails: r.health_details ?? null, reportedUnitId: r.reported_unit_id ?? null,
});
export const toParty = (r: Row): PartyRecord => ({ id: r.id, appealId: r.appeal_id, role: r.role, name: r.name, idNumber: r.id_number, phone: r.phone, address: r.address });
export const toDispatch = (r: Row): DispatchRecord => ({
  id: r.id, appealId: r.appeal_id, targetType: r.target_type, targetId: r.target_id, role: r.role, status: r.status,
  dispatchedAt: toIsoRequired(r.dispatched_at), acceptedAt: toIso(r.accepted_at), repliedAt: toIso(r.replied_at), dueAt: toIsoRequired(r.due_at),
  leadDispatchId: r.lead_dispatch_id ?? null, returnable: toBool(r.returnable), returnDueAt: toIso(r.return_due_at), returnedAt: toIso(r.returned_at),
  returnReason: r.return_reason ?? null, reply: r.reply ?? null, partnerState: r.partner_state ?? null, routingVersion: num(r.routing_version),
  clockKind: r.clock_kind ?? null, clockAmount: num(r.clock_amount), policyId: r.policy_id ?? null, extendedAt: toIso(r.extended_at),
  extensionDays: num(r.extension_days), extensionReason: r.extension_reason ?? null, breachedAt: toIso(r.breached_at),
});
function num(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
export const toTimeline = (r: Row): TimelineRecord => ({
  id: r.id, appealId: r.appeal_id, at: toIsoRequired(r.at), kind: r.kind, fromStatus: r.from_status, toStatus: r.to_status,
  actor: r.actor, centerId: r.center_id, note: r.note,
});
export const toGrid = (r: Row): GridRecord => ({ code: r.code, name: r.name, type: r.type, coverage: r.coverage, regionCode: r.region_code });
export const toGridWorker = (r: Row): GridWorkerRecord => ({ id: r.id, name: r.name, phone: r.phone, gridCode: r.grid_code });
export const toRegion = (r: Row): RegionRecord => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code });
export const toCenter = (r: Row): CenterRecord => ({ id: r.id, name: r.name, level: r.level, regionCode: r.region_code });
export const toDepartment = (r: Row): DepartmentRecord => ({ id: r.id, name: r.name, kind: r.kind, regionCode: r.region_code });
export const toCategory = (r: Row): CategoryRecord => ({ code: r.code, name: r.name, parentCode: r.parent_code, leadKind: r.lead_kind, coKinds: toJson<string[]>(r.co_kinds, []) });
