import { generateWorld } from '../../../demo/world';
import { chinaCalendar } from '../../kit/clock';
import { addDays, chinaDateOf, daysBetween } from '../src/domain/deadlines';

/** The statutory rule: `days` days after `start` (not counted), moved off a rest day to the next working day. */
const due = (start: unknown, days: number): string => chinaCalendar.workingDayOnOrAfter(addDays(start as string, days));
import { planPetition } from '../src/demo/plan';

/** The seed's plan for the whole city: deterministic, dates in order, deadlines by the statute, statuses coherent. */
describe('demo petition plan (city scale)', () => {
  const world = generateWorld({ scale: 'city' });
  const today = chinaDateOf(world.now);
  const appeals = new Map(world.appeals.map((a) => [a.id, a]));
  const referrals = world.referrals.filter((r) => r.partner === 'PETITION');
  const plans = referrals.map((r) => planPetition(r, appeals.get(r.appealId), today));

  it('is deterministic and one petition per referral', () => {
    const again = referrals.map((r) => planPetition(r, appeals.get(r.appealId), today));
    expect(again).toEqual(plans);
    expect(new Set(plans.map((p) => p.petition.dispatch_id)).size).toBe(referrals.length);
    expect(new Set(plans.map((p) => p.petition.id)).size).toBe(referrals.length);
  });

  it('keeps events in order, on or before today, with statutory deadlines', () => {
    for (const { petition: p, stages } of plans) {
      const events = [p.received_on, p.registered_on, p.decided_on, p.replied_on, ...stages.flatMap((s) => [s.requested_on, s.decided_on]), p.concluded_on]
        .filter((d): d is string => typeof d === 'string');
      expect([...events].sort()).toEqual(events);
      const latest = p.received_on as string > today ? (p.received_on as string) : today;
      for (const d of events) expect(d <= latest).toBe(true);
      expect(p.registration_due_on).toBe(due(p.received_on, 15));
      expect(p.notice_due_on).toBe(due(p.registered_on, 15));
      if (p.handling_due_on) expect(p.handling_due_on).toBe(due(p.decided_on, 60 + ((p.extension_days as number | null) ?? 0)));
      if (p.extension_days !== null) expect(p.extension_days as number).toBeLessThanOrEqual(30);
      if (p.replied_on) expect(p.review_request_due_on).toBe(due(p.replied_on, 30));
      for (const s of stages) expect(s.decision_due_on).toBe(due(s.requested_on, 30));
    }
  });

  it('derives coherent fields from the status', () => {
    for (const { petition: p, stages } of plans) {
      const open = stages.filter((s) => s.decided_on === null).map((s) => s.stage);
      switch (p.status) {
        case 'REGISTERED':
          expect([p.decision, p.decided_on, p.notice_sent_on]).toEqual(['PENDING', null, null]);
          break;
        case 'NOT_ACCEPTED':
        case 'DIVERTED':
          expect(p.decision).toBe(p.status);
          expect(typeof p.legal_route).toBe('string');
          expect([p.handling_due_on, p.replied_on, stages.length]).toEqual([null, null, 0]);
          break;
        case 'ACCEPTED':
        case 'HANDLING':
          expect(p.decision).toBe('ACCEPTED');
          expect([p.replied_on, stages.length]).toEqual([null, 0]);
          break;
        case 'REPLIED':
          expect(p.replied_on).not.toBeNull();
          expect([open, p.concluded_on]).toEqual([[], null]);
          break;
        case 'UNDER_REVIEW':
          expect(open).toEqual(['REVIEW']);
          break;
        case 'UNDER_RE_REVIEW':
          expect(open).toEqual(['RE_REVIEW']);
          break;
        case 'CONCLUDED':
          expect(p.replied_on).not.toBeNull();
          expect(p.concluded_on).not.toBeNull();
          expect(open).toEqual([]);
          break;
        default:
          throw new Error(`unexpected status ${String(p.status)}`);
      }
    }
    const statuses = new Set(plans.map((p) => p.petition.status));
    expect(statuses.size).toBe(9);
  });

  it('gives a group visit 1 to 5 representatives, the petitioner first', () => {
    const groups = plans.filter((p) => p.petition.group_visit);
    expect(groups.length).toBeGreaterThan(10);
    for (const { petition: p, representatives: reps } of plans) {
      if (!p.group_visit) {
        expect([p.headcount, reps.length]).toEqual([1, 0]);
        continue;
      }
      expect(p.form).toBe('VISIT');
      expect(p.headcount as number).toBeGreaterThanOrEqual(5);
      expect(reps.length).toBeGreaterThanOrEqual(1);
      expect(reps.length).toBeLessThanOrEqual(5);
      expect(reps[0].name).toBe(p.petitioner_name);
    }
  });

  it('mostly replies within the handling period', () => {
    const replied = plans.map((p) => p.petition).filter((p) => p.replied_on && p.handling_due_on);
    const onTime = replied.filter((p) => daysBetween(p.replied_on as string, p.handling_due_on as string) >= 0);
    expect(onTime.length / replied.length).toBeGreaterThan(0.9);
  });
});
