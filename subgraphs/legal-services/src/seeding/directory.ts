import { COUNTIES } from '../../../../demo/city';
import type { DemoRegion, DemoWorld } from '../../../../demo/model';
import { mobile, personName } from '../../../../demo/people';
import { createRandom, hashSeed, type Random } from '../../../../demo/random';
import { SPECIALTIES, type LegalAidWorkstation, type MediationOrganization, type Mediator, type MediatorKind, type Specialty } from '../model';
import { SPECIALTY_NAME } from './texts';

/**
 * The public directory, derived from the world's regions alone (same regions, same directory).
 * City figures: 65 people's/joint mediation organizations, 71 industry/professional ones, 10 lawyer mediation
 * organizations, 2 lawyer mediation studios, 269 experts, 23 lawyer mediators, 110 legal-aid workstations.
 * A smaller world keeps the share of its counties (organizations, mediators) or townships (workstations).
 */
export const CITY_FIGURES = { committeesAndJoint: 65, industry: 71, lawyerOrgs: 10, lawyerStudios: 2, experts: 269, lawyerMediators: 23, workstations: 110 };
const CITY_TOWNSHIPS = COUNTIES.reduce((n, c) => n + c.townships.length, 0);

export interface Directory {
  organizations: MediationOrganization[];
  mediators: Mediator[];
  workstations: LegalAidWorkstation[];
  /** People's mediation committee by the region (village or township) it serves. */
  committeeAt: Map<string, MediationOrganization>;
  /** Joint mediation center by 6-digit county code. */
  jointOf: Map<string, MediationOrganization>;
  /** Industry organization by `county6:SPECIALTY` (or `city:SPECIALTY`). */
  industryOf: Map<string, MediationOrganization>;
  /** Lawyer organizations and studios by county; `all` holds every one. */
  lawyerOrgsOf: Map<string, MediationOrganization[]>;
  mediatorsOf: Map<string, Mediator[]>;
  /** Workstations by 12-digit township code. */
  workstationsOf: Map<string, LegalAidWorkstation[]>;
}

const scaled = (n: number, share: number) => Math.max(1, Math.round(n * share));
const landline = (rnd: Random) => `0434-${rnd.int(3_000_000, 6_999_999)}`;
const ROADS = ['中央东路', '南一纬路', '紫气大路', '英雄大街', '北迎宾街', '站前街', '海丰大街', '新华路', '民主路', '建设街'];

/** Round-robin across groups: one of each group in turn until all are used. */
function interleave<T>(groups: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; groups.some((g) => i < g.length); i++) for (const g of groups) if (i < g.length) out.push(g[i]);
  return out;
}

export function buildDirectory(world: DemoWorld): Directory {
  const rnd = createRandom(hashSeed('legal-services:directory'));
  const regions = [...world.city.regions].sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const city = regions.find((r) => r.level === 'CITY');
  const counties = regions.filter((r) => r.level === 'COUNTY');
  const townships = regions.filter((r) => r.level === 'TOWNSHIP');
  const villages = regions.filter((r) => r.level === 'VILLAGE');
  const countyShare = Math.min(1, counties.length / COUNTIES.length);
  const townshipShare = Math.min(1, townships.length / CITY_TOWNSHIPS);
  const nameOf = (code: string | null) => (code ? byCode.get(code)?.name ?? '' : '');
  const countyName = (r: DemoRegion) => nameOf(`${r.code.slice(0, 6)}000000`);
  const address = (r: DemoRegion) =>
    `吉林省四平市${r.level === 'CITY' ? '' : countyName(r)}${r.level === 'VILLAGE' ? nameOf(r.parentCode) : ''}${r.level === 'VILLAGE' || r.level === 'TOWNSHIP' ? r.name : ''}${rnd.pick(ROADS)}${rnd.int(1, 300)}号`;

  const d: Directory = {
    organizations: [], mediators: [], workstations: [], committeeAt: new Map(), jointOf: new Map(), industryOf: new Map(),
    lawyerOrgsOf: new Map([['all', []]]), mediatorsOf: new Map(), workstationsOf: new Map(),
  };
  const org = (seat: DemoRegion, kind: MediationOrganization['kind'], name: string, seq: number, specialty: Specialty | null = null) => {
    const level = seat.level === 'CITY' ? 'CITY' : seat.level === 'COUNTY' ? 'COUNTY' : seat.level === 'TOWNSHIP' ? 'TOWNSHIP' : 'VILLAGE';
    const o: MediationOrganization = { id: `MO-${seat.code}-${kind}-${String(seq).padStart(2, '0')}`, name, kind, level, specialty, regionCode: seat.code, address: address(seat), phone: landline(rnd) };
    d.organizations.push(o);
    return o;
  };

  for (const c of counties) d.jointOf.set(c.code.slice(0, 6), org(c, 'JOINT', `${c.name}矛盾纠纷联合调解中心`, 1));
  const committees = scaled(CITY_FIGURES.committeesAndJoint, countyShare) - counties.length;
  const townshipsByCounty = counties.map((c) => townships.filter((t) => t.parentCode === c.code));
  const villagesByTownship = townships.map((t) => villages.filter((v) => v.parentCode === t.code));
  for (const seat of [...interleave(townshipsByCounty), ...interleave(villagesByTownship)].slice(0, Math.max(0, committees))) {
    const prefix = seat.level === 'VILLAGE' ? nameOf(seat.parentCode) : countyName(seat);
    d.committeeAt.set(seat.code, org(seat, 'PEOPLES_COMMITTEE', `${prefix}${seat.name}人民调解委员会`, 1));
  }
  const industrySeats = city ? [...counties, city] : counties;
  for (let i = 0; i < scaled(CITY_FIGURES.industry, countyShare); i++) {
    const specialty = SPECIALTIES[i % SPECIALTIES.length];
    const seat = industrySeats[Math.floor(i / SPECIALTIES.length) % industrySeats.length];
    const key = `${seat.level === 'CITY' ? 'city' : seat.code.slice(0, 6)}:${specialty}`;
    const seq = d.organizations.filter((o) => o.regionCode === seat.code && o.kind === 'INDUSTRY').length + 1;
    const o = org(seat, 'INDUSTRY', `${seat.name}${SPECIALTY_NAME[specialty]}人民调解委员会`, seq, specialty);
    if (!d.industryOf.has(key)) d.industryOf.set(key, o);
  }
  const lawyerSeat = (i: number) => counties[i % counties.length];
  const addLawyerOrg = (o: MediationOrganization) => {
    const county = o.regionCode.slice(0, 6);
    d.lawyerOrgsOf.set(county, [...(d.lawyerOrgsOf.get(county) ?? []), o]);
    d.lawyerOrgsOf.get('all')!.push(o);
  };
  for (let i = 0; i < scaled(CITY_FIGURES.lawyerOrgs, countyShare); i++) {
    const seat = lawyerSeat(i), seq = Math.floor(i / counties.length) + 1;
    addLawyerOrg(org(seat, 'LAWYER', seq === 1 ? `${seat.name}律师协会律师调解中心` : `${seat.name}律师调解中心第${seq}调解室`, seq));
  }
  for (let i = 0; i < scaled(CITY_FIGURES.lawyerStudios, countyShare); i++) {
    const seat = lawyerSeat(i);
    addLawyerOrg(org(seat, 'LAWYER_STUDIO', `${seat.name}${personName(rnd)}律师调解工作室`, Math.floor(i / counties.length) + 1));
  }

  const mediator = (o: MediationOrganization, kind: MediatorKind, specialty: Specialty | null) => {
    const list = d.mediatorsOf.get(o.id) ?? [];
    const m: Mediator = { id: `MR-${o.id.slice(3)}-${String(list.length + 1).padStart(3, '0')}`, organizationId: o.id, name: personName(rnd), phone: mobile(rnd), kind, specialty, regionCode: o.regionCode };
    list.push(m);
    d.mediatorsOf.set(o.id, list);
    d.mediators.push(m);
  };
  for (const o of d.organizations) {
    const n = o.kind === 'PEOPLES_COMMITTEE' ? (o.level === 'TOWNSHIP' ? 5 : 3) : o.kind === 'JOINT' ? 3 : 0;
    for (let i = 0; i < n; i++) mediator(o, 'PEOPLES_MEDIATOR', null);
  }
  const expertOrgs = d.organizations.filter((o) => o.kind === 'INDUSTRY' || o.kind === 'JOINT');
  for (let i = 0; i < scaled(CITY_FIGURES.experts, countyShare); i++) {
    const o = expertOrgs[i % expertOrgs.length];
    mediator(o, 'EXPERT', o.specialty ?? rnd.pick(SPECIALTIES));
  }
  const lawyerOrgs = d.lawyerOrgsOf.get('all')!;
  for (let i = 0; i < Math.max(lawyerOrgs.length, scaled(CITY_FIGURES.lawyerMediators, countyShare)); i++) mediator(lawyerOrgs[i % lawyerOrgs.length], 'LAWYER', null);

  for (let i = 0; i < scaled(CITY_FIGURES.workstations, townshipShare) && townships.length; i++) {
    const t = townships[i % townships.length];
    const list = d.workstationsOf.get(t.code) ?? [];
    const w: LegalAidWorkstation = {
      id: `WS-${t.code}-${list.length + 1}`, name: `${countyName(t)}${t.name}法律援助工作站${list.length ? `（第${list.length + 1}站）` : ''}`,
      regionCode: t.code, address: address(t), phone: landline(rnd),
    };
    list.push(w);
    d.workstationsOf.set(t.code, list);
    d.workstations.push(w);
  }
  return d;
}
