/** Who is asking. Built once by the gateway from the client's JWT and carried, signed, to every subgraph. */
export const Roles = ['ANONYMOUS', 'CITIZEN', 'GRID_WORKER', 'CENTER_STAFF', 'DEPARTMENT_STAFF', 'AGENCY_STAFF', 'ADMIN', 'AUDITOR', 'SERVICE'] as const;
export type Role = (typeof Roles)[number];

/** The partner agencies (and the hub itself) a viewer or a referral can belong to. */
export const Agencies = ['GOVERNANCE', 'COURT', 'PETITION', 'LEGAL_SERVICES', 'PROCURATORATE'] as const;
export type Agency = (typeof Agencies)[number];

export interface Viewer {
  /** Subject: the user id (or `anonymous`, or the service name for SERVICE). */
  sub: string;
  role: Role;
  /** Region-code prefixes the viewer may see (`2203` the whole city, `220302` one district). */
  jurisdictions: string[];
  centerId?: string;
  departmentId?: string;
  agency?: Agency;
  /** Extra permissions, e.g. `pii:read`. */
  scopes: string[];
}

export const ANONYMOUS: Viewer = Object.freeze({ sub: 'anonymous', role: 'ANONYMOUS', jurisdictions: [], scopes: [] }) as Viewer;

/** True when `regionCode` lies inside one of the viewer's jurisdiction prefixes. */
export function inJurisdiction(viewer: Viewer, regionCode: string): boolean {
  return viewer.jurisdictions.some((p) => regionCode.startsWith(p));
}

/** Whether a jurisdiction prefix the client asked for is inside the viewer's own. */
export function coversPrefix(viewer: Viewer, prefix: string): boolean {
  return viewer.jurisdictions.some((p) => prefix.startsWith(p));
}

/** The hub's own services (outbox delivery) call with role SERVICE and their subgraph name as subject. */
export function isService(viewer: Viewer, ...names: string[]): boolean {
  return viewer.role === 'SERVICE' && (names.length === 0 || names.includes(viewer.sub));
}
