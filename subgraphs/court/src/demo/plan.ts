import type { DemoWorld } from '../../../../demo/model';
import { createCourtDirectory, type Court } from '../domain/courts';
import { chinaDate } from '../domain/dates';
import { assignCaseNumbers } from './caseNumbers';
import { planConfirmation } from './confirmations';
import { planCourtReferral } from './referrals';
import type { CaseDraft, CaseRow, ConfirmationRow, CourtRow, ReferralRow, VenueRow } from './rows';
import { planVenues } from './venues';

export interface CourtDemoData {
  /** The court directory: the basic court of every county and the city's intermediate court. */
  courts: CourtRow[];
  venues: VenueRow[];
  referrals: ReferralRow[];
  cases: CaseRow[];
  confirmations: ConfirmationRow[];
}

const courtRow = (c: Court) => ({ code: c.code, name: c.name, level: c.level });

/** Everything the court holds in the demo world, derived deterministically from it (no clock, no Math.random). */
export function planCourtData(world: DemoWorld): CourtDemoData {
  const now = new Date(world.now).toISOString();
  const today = chinaDate(now);
  const courts = createCourtDirectory(world.city.regions);
  const counties = world.city.regions.filter((r) => r.level === 'COUNTY').sort((a, b) => (a.code < b.code ? -1 : 1));
  const directory: CourtRow[] = [
    ...counties.map((c) => ({ ...courtRow(courts.basicFor(c.code)), region_prefix: c.code.slice(0, 6) })),
    { ...courtRow(courts.intermediate), region_prefix: world.city.regions.find((r) => r.level === 'CITY')!.code.slice(0, 4) },
  ];
  const venues = planVenues(world.city, courts, now);
  const circuitPoints = new Map<string, string[]>();
  for (const v of venues) {
    if (v.kind !== 'CIRCUIT_TRIAL_POINT') continue;
    const county = v.region_code.slice(0, 6);
    circuitPoints.set(county, [...(circuitPoints.get(county) ?? []), v.id]);
  }
  const referrals: ReferralRow[] = [];
  const drafts: CaseDraft[] = [];
  const confirmations = new Map<string, Omit<ConfirmationRow, 'case_number'>>();
  for (const ref of world.referrals) {
    if (ref.partner === 'COURT') {
      const planned = planCourtReferral(ref, { now, today, courts, circuitPoints });
      referrals.push(planned.referral);
      drafts.push(...planned.cases);
    } else if (ref.partner === 'LEGAL_SERVICES') {
      const planned = planConfirmation(ref, { now, today, courts });
      if (!planned) continue;
      confirmations.set(planned.courtCase.id, planned.confirmation);
      drafts.push(planned.courtCase);
    }
  }
  const cases = assignCaseNumbers(drafts);
  const numberOf = new Map(cases.map((c) => [c.id, c.case_number]));
  return {
    courts: directory,
    venues,
    referrals,
    cases,
    confirmations: [...confirmations.values()].map((c) => ({ ...c, case_number: numberOf.get(c.court_case_id) as string })),
  };
}
