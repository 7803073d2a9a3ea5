import { generateWorld } from '../../../demo/world';
import { createRandom } from '../../../demo/random';
import { planLifecycle } from '../src/demo/lifecycle';
import { matterRows } from '../src/demo/matterRows';
import { chinaDateOf, followUpDueDates } from '../src/domain/deadlines';
import { MATTER_STATUSES, statusFromReplies } from '../src/domain/status';
import { seed } from '../src/seed';
import { startSeeded } from './harness';

const world = generateWorld({ scale: 'city' });
const today = chinaDateOf(world.now);
const names = new Map(world.city.regions.map((r) => [r.code, r.name]));
const referrals = world.referrals.filter((r) => r.partner === 'PROCURATORATE');
const rows = referrals.map((r) => matterRows(r, today, (c) => names.get(c) ?? null));

describe('demo matters of the whole city', () => {
  it('are one per PROCURATORATE referral, idempotent on the dispatch id', () => {
    expect(rows.length).toBe(referrals.length);
    expect(new Set(rows.map((r) => r.matter.dispatch_id)).size).toBe(rows.length);
  });

  it('are the same on every run', () => {
    const again = generateWorld({ scale: 'city' }).referrals.filter((r) => r.partner === 'PROCURATORATE').map((r) => matterRows(r, today, (c) => names.get(c) ?? null));
    expect(again).toEqual(rows);
  });

  it('have replies in order, never after today, that agree with their status', () => {
    for (const { matter: m, followUps } of rows) {
      const dates = [m.received_on, m.procedural_replied_on, m.outcome_replied_on, m.result_replied_on, m.closed_on].filter(Boolean) as string[];
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d <= today)).toBe(true);
      expect(statusFromReplies({
        proceduralRepliedOn: m.procedural_replied_on as string | null,
        outcomeRepliedOn: m.outcome_replied_on as string | null,
        resultRepliedOn: m.result_replied_on as string | null,
        closedOn: m.closed_on as string | null,
      })).toBe(m.status);
      if (m.outcome_reply_kind !== 'PROGRESS') expect(followUps).toEqual([]);
      expect(followUps.map((f) => f.sequence)).toEqual(followUps.map((_, i) => i + 1));
    }
  });

  it('name the county procuratorates of Siping', () => {
    const offices = new Set(rows.map((r) => r.matter.procuratorate_name));
    expect(offices).toContain('四平市人民检察院');
    expect(offices).toContain('四平市铁西区人民检察院');
    expect(offices).toContain('梨树县人民检察院');
  });
});

describe('planLifecycle', () => {
  it('puts a handling matter past its 3-month due day on monthly follow-ups, the next one pending', () => {
    const plan = planLifecycle('2026-01-10', '2026-06-20', 'HANDLING', createRandom(7));
    expect(plan.outcomeReplyKind).toBe('PROGRESS');
    expect(plan.resultRepliedOn).toBeNull();
    // 3 months: 2026-04-10; follow-ups 4, 5, 6 months after receipt: Sunday 05-10 → Monday 05-11, 06-10, 07-10 (pending).
    const due = followUpDueDates('2026-01-10', '2026-06-20');
    expect(due).toEqual(['2026-05-11', '2026-06-10']);
    expect(plan.followUps.map((f) => f.dueOn)).toEqual([...due, '2026-07-10']);
    expect(plan.followUps[plan.followUps.length - 1].repliedOn).toBeNull();
  });

  it('gives every status the replies it needs', () => {
    for (const status of MATTER_STATUSES) {
      const plan = planLifecycle('2026-01-10', '2026-11-25', status, createRandom(11));
      expect(statusFromReplies(plan)).toBe(status);
    }
  });
});

describe('seeding', () => {
  it('writes the whole city well under 10 s', async () => {
    const app = await startSeeded({ seedWorld: false });
    try {
      const started = performance.now();
      await seed(app.server.db, world);
      const ms = performance.now() - started;
      const [{ n }] = await app.server.db('procuratorate_matters').count({ n: '*' });
      expect(Number(n)).toBe(referrals.length);
      const [{ f }] = await app.server.db('procuratorate_follow_ups').count({ f: '*' });
      expect(Number(f)).toBe(rows.reduce((s, r) => s + r.followUps.length, 0));
      expect(ms).toBeLessThan(10_000);
      console.info(`procuratorate seed, city scale: ${referrals.length} matters, ${f} follow-ups in ${Math.round(ms)} ms`);
    } finally {
      await app.stop();
    }
  });
});
