import { generateWorld } from '../../../demo/world';
import type { DemoWorld } from '../../../demo/model';
import { planCourtData, type CourtDemoData } from '../src/demo/plan';
import { addDays, chinaDate } from '../src/domain/dates';

const worlds = new Map<string, DemoWorld>();
const worldOf = (scale: 'small' | 'city') => worlds.get(scale) ?? worlds.set(scale, generateWorld({ scale })).get(scale)!;
const count = <T>(xs: T[], pred: (x: T) => boolean) => xs.filter(pred).length;

describe.each(['small', 'city'] as const)('the court demo data of the %s world', (scale) => {
  let world: DemoWorld;
  let data: CourtDemoData;
  beforeAll(() => {
    world = worldOf(scale);
    data = planCourtData(world);
  });

  it('is deterministic (no clock, no Math.random)', () => {
    expect(planCourtData(world)).toEqual(data);
  });

  it('places the venues in real grids, with a judge studio in every county', () => {
    const grids = new Map(world.city.grids.map((g) => [g.code, g]));
    for (const v of data.venues) expect(grids.get(v.grid_code)?.regionCode).toBe(v.region_code);
    expect(new Set(data.venues.map((v) => v.id)).size).toBe(data.venues.length);
    const counties = world.city.regions.filter((r) => r.level === 'COUNTY').map((r) => r.code.slice(0, 6));
    for (const county of counties) {
      expect(count(data.venues, (v) => v.kind === 'JUDGE_STUDIO' && v.region_code.startsWith(county))).toBeGreaterThan(0);
      expect(count(data.venues, (v) => v.kind === 'CIRCUIT_TRIAL_POINT' && v.region_code.startsWith(county))).toBeGreaterThan(0);
    }
    const townships = world.city.regions.filter((r) => r.level === 'TOWNSHIP').length;
    expect(count(data.venues, (v) => v.kind === 'SHARED_COURT')).toBeGreaterThan(townships / 2);
  });

  it('has one referral per COURT referral of the world, its status matching its cases', () => {
    const refs = world.referrals.filter((r) => r.partner === 'COURT');
    expect(data.referrals.map((r) => r.dispatch_id).sort()).toEqual(refs.map((r) => r.dispatchId).sort());
    const today = chinaDate(world.now);
    const casesOf = new Map<string, CourtDemoData['cases']>();
    for (const c of data.cases) if (c.referral_id) casesOf.set(c.referral_id, [...(casesOf.get(c.referral_id) ?? []), c]);
    for (const r of data.referrals) {
      const cases = casesOf.get(r.id) ?? [];
      expect(cases.length > 0).toBe(r.status === 'FILED' || r.status === 'CLOSED');
      if (r.status === 'CLOSED') expect(cases[cases.length - 1].status).toBe('CLOSED');
      expect(r.mediation_deadline).toBe(r.kind === 'PRE_LITIGATION_MEDIATION' ? addDays(chinaDate(r.received_at), 30) : null);
      // (the world dispatches a few referrals a few hours after its "now"; those stay RECEIVED at their own time)
      expect(r.updated_at >= r.received_at && (r.updated_at <= world.now || r.updated_at === r.received_at)).toBe(true);
      for (const c of cases) {
        expect(c.filed_on <= today && (c.judged_on ?? '') <= today && (c.closed_on ?? '') <= today).toBe(true);
        expect(c.judged_on !== null).toBe(c.status === 'JUDGED' || c.status === 'CLOSED');
      }
    }
    expect(new Set(data.referrals.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
  });

  it('numbers cases per court, year and case word in filing order', () => {
    const last = new Map<string, { seq: number; filed: string }>();
    for (const c of [...data.cases].sort((a, b) => (a.filed_on < b.filed_on ? -1 : a.filed_on > b.filed_on ? 1 : a.id < b.id ? -1 : 1))) {
      expect(c.case_number).toBe(`(${c.filed_on.slice(0, 4)})${c.court_code}${c.case_word}${c.sequence}号`);
      expect(c.case_number).toMatch(/^\(20\d\d\)吉03(\d\d)?(民初|民终|行初|刑初|民特)\d+号$/);
      expect(c.case_word === '民终').toBe(c.court_code === '吉03');
      const key = `${c.court_code}${c.year}${c.case_word}`;
      const prev = last.get(key);
      if (prev) expect(c.sequence).toBeGreaterThan(prev.seq);
      last.set(key, { seq: c.sequence, filed: c.filed_on });
    }
    expect(new Set(data.cases.map((c) => c.case_number)).size).toBe(data.cases.length);
  });

  it('confirms (or not) every agreement brought to the court', () => {
    const asked = world.referrals.filter((r) => r.partner === 'LEGAL_SERVICES' && r.agreementId && r.judicialConfirmationRequested);
    expect(data.confirmations.map((c) => c.agreement_id).sort()).toEqual(asked.map((r) => r.agreementId).sort());
    const byId = new Map(data.cases.map((c) => [c.id, c]));
    for (const c of data.confirmations) {
      expect(c.case_number).toMatch(/民特\d+号$/);
      expect(c.decided_on === null).toBe(c.decision === 'PENDING');
      const courtCase = byId.get(c.court_case_id)!;
      expect(courtCase).toMatchObject({ type: 'JUDICIAL_CONFIRMATION', case_number: c.case_number, appeal_id: c.appeal_id, status: c.decided_on ? 'CLOSED' : 'FILED' });
    }
  });
});

describe('the city network', () => {
  it('has 129 circuit trial points and 44 judge-explains-law points', () => {
    const data = planCourtData(worldOf('city'));
    expect(count(data.venues, (v) => v.kind === 'CIRCUIT_TRIAL_POINT')).toBe(129);
    expect(count(data.venues, (v) => v.kind === 'JUDGE_EXPLAINS_LAW_POINT')).toBe(44);
    expect(count(data.venues, (v) => v.court_name === '四平市中级人民法院')).toBeGreaterThan(0);
  });
});
