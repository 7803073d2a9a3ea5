import { LEAF_CATEGORIES, type Category } from '../subgraphs/governance/src/domain/categories';
import { createRandom, hashSeed, type Random } from './random';
import { companyName, idNumber, mobile, personName } from './people';
import type { DemoAppeal, DemoCity, DemoDispatch, DemoParty, DemoReferral, DemoTimelineEvent, Partner } from './model';

type Status = DemoAppeal['status'];
const DAY = 86_400_000;

/**
 * How long a unit took to reply, from one draw of 2..12: most replies within the 7-day due time (1 to 7 days), about
 * one in six late (8 or 9 days) — a city where the deadline mostly holds, so the dashboard and the overdue job have
 * something real but not overwhelming to show. One draw, as before, so the rest of the world is unchanged.
 */
function replyDays(draw: number): number {
  return draw <= 10 ? 1 + ((draw - 2) * 6) / 8 : draw - 3;
}

/** Relative frequency of each leaf category among a year's appeals. */
const WEIGHT: Record<string, number> = {
  'LABOUR.WAGE_ARREARS': 12, 'LABOUR.SOCIAL_INSURANCE': 5, 'LABOUR.CONTRACT': 3, 'MEDICAL.DISPUTE': 3, 'MEDICAL.SERVICE': 3,
  'TRAFFIC.ACCIDENT_INSURANCE': 5, 'TRAFFIC.ROADS': 4, 'NEIGHBOUR.DISPUTE': 10, 'PROPERTY.MANAGEMENT': 10, 'PROPERTY.HEATING': 8,
  'FAMILY.MARRIAGE': 5, 'FAMILY.INHERITANCE': 3, 'LAND.EXPROPRIATION': 4, 'LAND.CONTRACT': 4, 'ENVIRONMENT.NOISE': 6,
  'ENVIRONMENT.POLLUTION': 3, 'CONSUMER.RIGHTS': 6, 'FINANCE.PRIVATE_LENDING': 4, 'FINANCE.ILLEGAL_FUNDRAISING': 1,
  'CONDUCT.OFFICIAL': 2, 'LITIGATION.CIVIL': 2, 'LITIGATION.ADMINISTRATIVE': 1, 'LITIGATION.CRIMINAL': 1, 'PUBLIC.UTILITIES': 4, 'PUBLIC.EDUCATION': 3,
};

const TITLES: Record<string, string[]> = {
  'LABOUR.WAGE_ARREARS': ['工程款拖欠农民工工资', '企业拖欠工资多月未付', '务工人员讨薪'],
  'TRAFFIC.ACCIDENT_INSURANCE': ['交通事故后保险公司拒不理赔', '交通事故赔偿纠纷'],
  'ENVIRONMENT.NOISE': ['楼下空调外机昼夜噪声扰民', '夜间施工噪声扰民', '商铺音响噪声扰民'],
  'MEDICAL.DISPUTE': ['分娩后医疗损害赔偿纠纷', '手术后并发症医疗纠纷'],
  'NEIGHBOUR.DISPUTE': ['邻里宅基地界址纠纷', '楼上漏水邻里纠纷'],
  'PROPERTY.MANAGEMENT': ['物业服务不到位', '小区停车位收费纠纷'],
  'PROPERTY.HEATING': ['冬季供暖温度不达标', '供暖费争议'],
};

const CHANNELS: [DemoAppeal['channel'], number][] = [['MINI_PROGRAM', 50], ['HOTLINE', 20], ['WALK_IN', 12], ['GRID_PATROL', 10], ['LETTER', 3], ['ONLINE', 4], ['PARTNER_REFERRAL', 1]];
const NATURE_OF: Record<string, DemoAppeal['nature']> = { CONDUCT: 'ACCUSATION', LITIGATION: 'GRIEVANCE', PUBLIC: 'HELP', CONSUMER: 'COMPLAINT', ENVIRONMENT: 'COMPLAINT' };

function litigationOf(c: Category, rng: Random): DemoAppeal['litigation'] {
  if (c.code === 'LITIGATION.CIVIL') return 'CIVIL';
  if (c.code === 'LITIGATION.ADMINISTRATIVE') return 'ADMINISTRATIVE';
  if (c.code === 'LITIGATION.CRIMINAL' || c.code === 'FINANCE.ILLEGAL_FUNDRAISING') return 'CRIMINAL';
  if (['FINANCE.PRIVATE_LENDING', 'TRAFFIC.ACCIDENT_INSURANCE', 'FAMILY.MARRIAGE', 'FAMILY.INHERITANCE', 'MEDICAL.DISPUTE'].includes(c.code)) return rng.chance(0.4) ? 'CIVIL' : 'NONE';
  return 'NONE';
}

/** Which partners a matter reaches (mediation first; the court as the backstop). */
function partnersOf(c: Category, litigation: DemoAppeal['litigation'], nature: DemoAppeal['nature'], rng: Random): Partner[] {
  const out = new Set<Partner>();
  const mediable = ['NEIGHBOUR', 'FAMILY', 'LABOUR', 'MEDICAL', 'TRAFFIC', 'PROPERTY', 'FINANCE'].includes(c.code.split('.')[0]);
  if (mediable && rng.chance(0.22)) out.add('LEGAL_SERVICES');
  if (litigation === 'CIVIL' || litigation === 'ADMINISTRATIVE') out.add(rng.chance(0.85) ? 'COURT' : 'LEGAL_SERVICES');
  if (litigation === 'CRIMINAL' || (c.code === 'ENVIRONMENT.POLLUTION' && rng.chance(0.1))) out.add('PROCURATORATE');
  if ((nature === 'GRIEVANCE' || c.code.startsWith('LAND') || nature === 'ACCUSATION') && rng.chance(0.18)) out.add('PETITION');
  return [...out];
}

/** The calendar day in China (UTC+8) of an instant. */
function chinaDay(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

const STATUS_ORDER: Status[] = ['RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED'];

function statusFor(ageDays: number, rng: Random): Status {
  if (rng.chance(0.008)) return 'REJECTED';
  if (rng.chance(0.004)) return 'MERGED';
  if (ageDays > 45) return rng.chance(0.996) ? 'CLOSED' : rng.pick(['IN_PROGRESS', 'REPLIED', 'REOPENED'] as Status[]);
  const progress = Math.max(0, Math.min(1, ageDays / 30 + rng.next() * 0.4));
  return STATUS_ORDER[Math.min(STATUS_ORDER.length - 1, Math.floor(progress * STATUS_ORDER.length))];
}

export interface AppealGenOptions {
  count: number;
  now: Date;
  seed: number;
  /** Every n-th appeal reaches all four partners. */
  allFourEvery: number;
}

export function generateAppeals(city: DemoCity, opts: AppealGenOptions): { appeals: DemoAppeal[]; referrals: DemoReferral[] } {
  const rng = createRandom(opts.seed ^ 0xa99ea1);
  const weights = LEAF_CATEGORIES.map((c) => [c, WEIGHT[c.code] ?? 1] as const);
  const deptIds = new Set(city.departments.map((d) => d.id));
  const villageCenter = new Map(city.centers.map((c) => [c.regionCode, c.id]));
  const appeals: DemoAppeal[] = [];
  const referrals: DemoReferral[] = [];
  const start = opts.now.getTime() - 365 * DAY;
  for (let i = 0; i < opts.count; i++) {
    const id = `AP${String(i + 1).padStart(6, '0')}`;
    const allFour = opts.allFourEvery > 0 && i % opts.allFourEvery === 7;
    const grid = city.grids[rng.int(0, city.grids.length - 1)];
    const county = grid.regionCode.slice(0, 6);
    let category = rng.weighted(weights);
    if (allFour) category = LEAF_CATEGORIES.find((c) => c.code === 'MEDICAL.DISPUTE')!;
    const receivedMs = allFour ? start + rng.next() * 200 * DAY : start + (i / opts.count) * 365 * DAY + rng.next() * DAY;
    const receivedAt = new Date(Math.floor(Math.min(receivedMs, opts.now.getTime() - 3 * 3600_000) / 1000) * 1000);
    const ageDays = (opts.now.getTime() - receivedAt.getTime()) / DAY;
    const nature = NATURE_OF[category.code.split('.')[0]] ?? (rng.chance(0.7) ? 'GRIEVANCE' : rng.pick(['SUGGESTION', 'CONSULTATION', 'HELP', 'COMPLAINT'] as const));
    const litigation = allFour ? 'CIVIL' : litigationOf(category, rng);
    const status = allFour ? 'CLOSED' : statusFor(ageDays, rng);
    const anonymous = !allFour && rng.chance(0.02);
    const applicantName = anonymous ? '匿名' : personName(rng);
    const parties: DemoParty[] = [{
      id: `${id}-P1`, role: 'APPLICANT', name: applicantName,
      idNumber: anonymous ? null : idNumber(rng, county), phone: anonymous ? null : mobile(rng),
      address: anonymous ? null : `${grid.name.replace(/第\d+网格|专属网格/, '')}${rng.int(1, 60)}号`,
    }];
    if (rng.chance(0.6)) parties.push({ id: `${id}-P2`, role: 'RESPONDENT', name: rng.chance(0.6) ? companyName(rng) : personName(rng), idNumber: null, phone: rng.chance(0.5) ? mobile(rng) : null, address: null });
    const title = rng.pick(TITLES[category.code] ?? [`${category.name}问题反映`]);
    const centerId = villageCenter.get(grid.regionCode) ?? `C${county}000000`;
    const reached = allFour ? (['COURT', 'PETITION', 'LEGAL_SERVICES', 'PROCURATORATE'] as Partner[]) : partnersOf(category, litigation, nature, rng);
    const statusIdx = STATUS_ORDER.indexOf(status === 'REOPENED' ? 'IN_PROGRESS' : status);
    const dispatched = statusIdx >= 2 || status === 'REOPENED';
    const dispatches: DemoDispatch[] = [];
    let t = receivedAt.getTime();
    const nowMs = opts.now.getTime() - 60_000;
    const stamp = (hours: number) => new Date(Math.min((t += hours * 3600_000), nowMs)).toISOString();
    const receivedIso = receivedAt.toISOString();
    const classifiedAt = stamp(rng.int(1, 6));
    const dispatchedAt = stamp(rng.int(1, 20));
    if (dispatched) {
      const lead = category.leadKind && deptIds.has(`D${county}-${category.leadKind}`) ? `D${county}-${category.leadKind}` : category.leadKind ? `D220300-${category.leadKind}` : `D${county}-COUNTY_GOVERNMENT`;
      const mk = (n: number, targetType: DemoDispatch['targetType'], targetId: string, role: DemoDispatch['role']): DemoDispatch => {
        const acc = statusIdx >= 3;
        return {
          id: `${id}-D${n}`, targetType, targetId, role,
          status: status === 'CLOSED' ? 'CLOSED' : statusIdx >= 5 ? 'REPLIED' : acc ? 'ACCEPTED' : 'PENDING',
          dispatchedAt, acceptedAt: acc ? new Date(Math.min(nowMs, Date.parse(dispatchedAt) + rng.int(2, 40) * 3600_000)).toISOString() : null,
          repliedAt: statusIdx >= 5 ? new Date(Math.min(nowMs, Date.parse(dispatchedAt) + replyDays(rng.int(2, 12)) * DAY)).toISOString() : null,
          dueAt: new Date(Date.parse(dispatchedAt) + 7 * DAY).toISOString(),
        };
      };
      dispatches.push(mk(1, 'DEPARTMENT', lead, 'LEAD'));
      category.coKinds.forEach((k) => {
        if (rng.chance(0.4)) dispatches.push(mk(dispatches.length + 1, 'DEPARTMENT', deptIds.has(`D${county}-${k}`) ? `D${county}-${k}` : `D220300-${k}`, 'CO_HANDLER'));
      });
      for (const partner of reached) {
        const d = mk(dispatches.length + 1, 'PARTNER', partner, 'CO_HANDLER');
        dispatches.push(d);
        const progress = allFour ? 1 : Math.min(1, Math.max(0, ageDays / 90 + (rng.next() - 0.5) * 0.3));
        const r = createRandom(hashSeed(d.id));
        const agreement = partner === 'LEGAL_SERVICES' && (allFour || (progress > 0.4 && r.chance(0.6)));
        referrals.push({
          dispatchId: d.id, appealId: id, partner, referredAt: dispatchedAt, category: category.code,
          regionCode: grid.regionCode, gridCode: grid.code, title,
          applicantName, applicantIdNumber: parties[0].idNumber, applicantPhone: parties[0].phone, anonymous,
          progress, seed: hashSeed(`${d.id}:${opts.seed}`),
          agreementId: agreement ? `MA-${id}` : null,
          agreementSignedOn: agreement ? chinaDay(Math.min(Date.parse(dispatchedAt) + r.int(45, 75) * DAY, nowMs - DAY)) : null,
          judicialConfirmationRequested: agreement && (allFour || r.chance(0.4)),
          legalAidRequested: partner === 'LEGAL_SERVICES' && allFour,
        });
      }
    }
    const timeline: DemoTimelineEvent[] = [];
    const ev = (at: string, kind: string, from: Status | null, to: Status | null, note: string) =>
      timeline.push({ id: `${id}-E${timeline.length + 1}`, at, kind, fromStatus: from, toStatus: to, actor: timeline.length ? 'staff' : 'citizen', centerId, note });
    ev(receivedIso, 'RECEIVED', null, 'RECEIVED', `经${rng.pick(['小程序', '热线', '窗口'])}受理`);
    let closedAt: string | null = null;
    if (status === 'REJECTED') ev(classifiedAt, 'REJECTED', 'RECEIVED', 'REJECTED', '属诉讼程序中事项，告知依法通过诉讼途径解决');
    else if (status === 'MERGED') ev(classifiedAt, 'MERGED', 'RECEIVED', 'MERGED', '与在办诉求重复，已关联合并');
    else {
      const path: Status[] = ['CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED'];
      let prev: Status = 'RECEIVED';
      let at = Date.parse(classifiedAt);
      for (const s of path) {
        if (STATUS_ORDER.indexOf(s) > statusIdx) break;
        at = Math.min(nowMs, s === 'CLASSIFIED' ? at : s === 'DISPATCHED' ? Date.parse(dispatchedAt) : at + rng.int(3, 72) * 3600_000);
        ev(new Date(at).toISOString(), s, prev, s, s === 'CLOSED' ? '办结' : '');
        prev = s;
      }
      if (status === 'CLOSED') closedAt = timeline[timeline.length - 1].at;
      if (status === 'REOPENED') ev(new Date(Math.min(nowMs, at + DAY)).toISOString(), 'REOPENED', prev, 'REOPENED', '群众不满意，重新办理');
    }
    const satisfaction = status === 'CLOSED' ? rng.weighted([['SATISFIED', 90], ['BASICALLY_SATISFIED', 9], ['DISSATISFIED', 0.4]] as const) : null;
    appeals.push({
      id, title, description: `${applicantName === '匿名' ? '匿名群众' : applicantName}反映：${title}。请求依法协调处理。`,
      channel: allFour ? 'WALK_IN' : rng.weighted(CHANNELS), category: category.code, nature, litigation,
      urgency: rng.chance(0.01) ? 'EMERGENCY' : rng.chance(0.05) ? 'URGENT' : 'NORMAL',
      status, gridCode: grid.code, regionCode: grid.regionCode, centerId, receivedAt: receivedIso, closedAt,
      anonymous, confidential: nature === 'ACCUSATION' && rng.chance(0.5), parties, dispatches, timeline, satisfaction,
    });
  }
  return { appeals, referrals };
}
