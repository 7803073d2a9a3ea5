import { generateWorld } from '../../../demo/world';
import { LEGAL_EDUCATION_TOPICS, MEDIATION_TIERS } from '../src/model';
import { planLegalEducation } from '../src/seeding/legalEducation';
import { planWorld } from '../src/seeding/plan';

/** The seeder's plan: deterministic, faithful to the world's referrals, to the city's figures and to the clocks. */
const small = generateWorld({ scale: 'small' });
let cityData: ReturnType<typeof planWorld> | undefined;
const city = () => (cityData ??= planWorld(generateWorld({ scale: 'city' })));
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test('the same world gives the same records', () => {
  expect(JSON.stringify(planWorld(generateWorld({ scale: 'small' })))).toBe(JSON.stringify(planWorld(small)));
});

test('the city directory has the city figures', () => {
  const data = city();
  const kinds = (xs: { kind: string }[]) => xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x.kind]: (m[x.kind] ?? 0) + 1 }), {});
  const orgs = kinds(data.organizations);
  expect(orgs.PEOPLES_COMMITTEE + orgs.JOINT).toBe(65);
  expect(orgs).toMatchObject({ INDUSTRY: 71, LAWYER: 10, LAWYER_STUDIO: 2, JOINT: 5 });
  expect(kinds(data.mediators)).toMatchObject({ EXPERT: 269, LAWYER: 23 });
  expect(kinds(data.mediators).PEOPLES_MEDIATOR).toBeGreaterThan(200);
  expect(data.workstations).toHaveLength(110);
  expect(data.workstations.every((w) => /^\d{9}000$/.test(w.regionCode) && !w.regionCode.endsWith('000000'))).toBe(true);
});

test('every LEGAL_SERVICES referral has a chain whose first link carries the dispatch id', () => {
  const data = planWorld(small);
  const referrals = small.referrals.filter((r) => r.partner === 'LEGAL_SERVICES');
  expect(data.mediations.filter((m) => m.dispatchId).map((m) => m.dispatchId).sort()).toEqual(referrals.map((r) => r.dispatchId).sort());
  const byId = new Map(data.mediations.map((m) => [m.id, m]));
  for (const m of data.mediations) {
    expect(m.deadline).toBe(plusDays(m.startDate, 30));
    expect(m.startDate <= '2026-11-25').toBe(true);
    if (m.endDate) expect(m.endDate >= m.startDate && m.endDate <= '2026-11-25').toBe(true);
    if (m.status === 'ESCALATED' || m.status === 'FAILED') expect(m.legalRoutesTold).toBeTruthy();
    const next = data.mediations.find((n) => n.previousMediationId === m.id);
    if (m.status === 'ESCALATED') expect(MEDIATION_TIERS.indexOf(next!.tier)).toBe(MEDIATION_TIERS.indexOf(m.tier) + 1);
    else expect(next).toBeUndefined();
    if (m.previousMediationId) expect(byId.get(m.previousMediationId)!.appealId).toBe(m.appealId);
  }
});

test('agreements are exactly the ones the world fixed, with the 30-day confirmation window', () => {
  const data = planWorld(small);
  const fixed = small.referrals.filter((r) => r.agreementId);
  expect(data.agreements.map((a) => a.id).sort()).toEqual(fixed.map((r) => r.agreementId).sort());
  for (const a of data.agreements) {
    const m = data.mediations.find((x) => x.id === a.mediationId)!;
    expect(m).toMatchObject({ status: 'AGREEMENT', agreementId: a.id, endDate: a.signedDate, regionCode: a.regionCode });
    expect(a.judicialConfirmationDeadline).toBe(plusDays(a.signedDate, 30));
  }
});

test('legal aid follows its clocks: review in 7 days, a lawyer due 3 days after the grant', () => {
  const data = city();
  expect(data.legalAid.length).toBeGreaterThan(100);
  expect(data.legalAid.some((a) => a.dispatchId === null)).toBe(true);
  for (const a of data.legalAid) {
    expect(a.reviewDue).toBe(plusDays(a.appliedDate, 7));
    expect(a.decision === 'PENDING').toBe(a.decidedDate === null);
    if (a.decision === 'GRANTED') expect(a.lawyerAssignmentDue).toBe(plusDays(a.decidedDate!, 3));
    else expect(a.lawyerAssignmentDue).toBeNull();
    expect(a.status === 'IN_SERVICE' || a.status === 'CLOSED').toBe(a.lawyerName !== null);
  }
});

test('legal-education articles: deterministic, 10 to 20 of them, every topic, published before the world\'s now', () => {
  const a = planWorld(small).articles;
  expect(JSON.stringify(planLegalEducation(small.now))).toBe(JSON.stringify(a));
  expect(a.length).toBeGreaterThanOrEqual(10);
  expect(a.length).toBeLessThanOrEqual(20);
  expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
  expect(new Set(a.map((x) => x.topic))).toEqual(new Set(LEGAL_EDUCATION_TOPICS));
  for (const x of a) {
    expect(x.publishedAt < small.now).toBe(true);
    expect(x.regionCode).toMatch(/^2203\d{2}000000$/);
    expect(x.body).not.toMatch(/1[3-9]\d{9}|\d{17}[\dX]/);
  }
  // Dated from the world's now: another now moves every article by the same amount.
  const later = planLegalEducation('2027-01-01T00:00:00.000Z');
  const shift = Date.parse('2027-01-01T00:00:00.000Z') - Date.parse(small.now);
  expect(later.map((x) => Date.parse(x.publishedAt) - shift)).toEqual(a.map((x) => Date.parse(x.publishedAt)));
});
