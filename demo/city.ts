import { CITY_ONLY_KINDS, DEPARTMENT_KINDS, COUNTY_GOVERNMENT_KIND } from '../subgraphs/governance/src/domain/departments';
import { createRandom, type Random } from './random';
import { personName, mobile } from './people';
import type { DemoCenter, DemoCity, DemoDepartment, DemoGrid, DemoGridWorker, DemoRegion } from './model';

/** The five county-level divisions of Siping (四平市) with their real codes, and their townships/streets. */
export const COUNTIES: { code: string; name: string; townships: string[] }[] = [
  { code: '220302', name: '铁西区', townships: ['仁兴街道', '英雄街道', '北沟街道', '地直街道', '站前街道', '平西乡', '红嘴经济技术开发区', '南沟街道', '腰林子街道'] },
  { code: '220303', name: '铁东区', townships: ['平东街道', '七马路街道', '黄土坑街道', '北门街道', '解放街道', '北市场街道', '四马路街道', '山门镇', '石岭镇', '叶赫满族镇', '城东乡', '条子河街道'] },
  { code: '220322', name: '梨树县', townships: ['梨树镇', '郭家店镇', '榆树台镇', '孤家子镇', '小城子镇', '喇嘛甸镇', '蔡家镇', '刘家馆子镇', '十家堡镇', '孟家岭镇', '万发镇', '东河镇', '沈洋镇', '林海镇', '小宽镇', '白山乡', '泉眼岭乡', '胜利乡', '四棵树乡', '双河乡', '金山乡'] },
  { code: '220323', name: '伊通满族自治县', townships: ['伊通镇', '二道镇', '伊丹镇', '马鞍山镇', '景台镇', '大孤山镇', '营城子镇', '小孤山镇', '西苇镇', '河源镇', '黄岭子镇', '新兴乡', '莫里青乡', '三道乡', '靠山镇'] },
  { code: '220382', name: '双辽市', townships: ['郑家屯街道', '辽西街道', '辽南街道', '红旗街道', '茂林镇', '双山镇', '卧虎镇', '服先镇', '王奔镇', '玻璃山镇', '兴隆镇', '东明镇', '柳条乡', '新立乡', '那木乡', '永加乡', '秀水乡', '向阳乡'] },
];

/** Approximate centres of the county-level divisions (WGS84), to give every grid a plausible location. */
const COUNTY_CENTRES: Record<string, [number, number]> = {
  '220302': [43.155, 124.33], '220303': [43.17, 124.40], '220322': [43.31, 124.33], '220323': [43.35, 125.30], '220382': [43.52, 123.50],
};

const VILLAGE_ROOTS = '东西南北前后大小新老上下中太平安兴隆丰裕永长青和顺福寿康宁金银石榆柳杨松桦红胜利光明团结建设幸福民主';
const DEDICATED = ['SCHOOL', 'HOSPITAL', 'MARKET', 'ENTERPRISE', 'INDUSTRIAL_PARK', 'STATION', 'SCENIC_AREA'] as const;
const DEDICATED_NAME: Record<(typeof DEDICATED)[number], string> = {
  SCHOOL: '学校专属网格', HOSPITAL: '医院专属网格', MARKET: '市场专属网格', ENTERPRISE: '企业专属网格',
  INDUSTRIAL_PARK: '园区专属网格', STATION: '车站专属网格', SCENIC_AREA: '景区专属网格',
};

export interface CityScale {
  counties: string[];
  townshipsPerCounty: number | null;
  /** Villages/communities in the city (933 gives 1,014 centers in all). */
  villages: number;
  comprehensiveGrids: number;
  dedicatedGrids: number;
  gridWorkers: number;
  countyDepartmentKinds: number;
}

export const CITY_SCALE: CityScale = {
  counties: COUNTIES.map((c) => c.code),
  townshipsPerCounty: null,
  villages: 933,
  comprehensiveGrids: 6470,
  dedicatedGrids: 457,
  gridWorkers: 6994,
  countyDepartmentKinds: 50,
};

export const SMALL_SCALE: CityScale = {
  counties: ['220302', '220323'],
  townshipsPerCounty: 3,
  villages: 18,
  comprehensiveGrids: 54,
  dedicatedGrids: 6,
  gridWorkers: 64,
  countyDepartmentKinds: 20,
};

function villageName(rng: Random, isStreet: boolean): string {
  const a = VILLAGE_ROOTS[rng.int(0, VILLAGE_ROOTS.length - 1)];
  const b = VILLAGE_ROOTS[rng.int(0, VILLAGE_ROOTS.length - 1)];
  return isStreet ? `${a}${b}社区` : `${a}${b}村`;
}

/** Spread `total` items over `n` slots as evenly as possible (deterministic). */
function spread(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total % n ? 1 : 0));
}

export function generateCity(scale: CityScale, seed: number): DemoCity {
  const rng = createRandom(seed ^ 0x5eed);
  const regions: DemoRegion[] = [
    { code: '220000000000', name: '吉林省', level: 'PROVINCE', parentCode: null },
    { code: '220300000000', name: '四平市', level: 'CITY', parentCode: '220000000000' },
  ];
  const centers: DemoCenter[] = [{ id: 'C220300000000', name: '四平市综治中心', level: 'CITY', regionCode: '220300000000' }];
  const counties = COUNTIES.filter((c) => scale.counties.includes(c.code));
  const townships: DemoRegion[] = [];
  for (const county of counties) {
    const countyCode = `${county.code}000000`;
    regions.push({ code: countyCode, name: county.name, level: 'COUNTY', parentCode: '220300000000' });
    centers.push({ id: `C${countyCode}`, name: `${county.name}综治中心`, level: 'COUNTY', regionCode: countyCode });
    const names = scale.townshipsPerCounty ? county.townships.slice(0, scale.townshipsPerCounty) : county.townships;
    let street = 0, town = 99, rural = 199;
    for (const name of names) {
      const seq = name.endsWith('街道') || name.includes('开发区') ? ++street : name.endsWith('镇') ? ++town : ++rural;
      const code = `${county.code}${String(seq).padStart(3, '0')}000`;
      const t: DemoRegion = { code, name, level: 'TOWNSHIP', parentCode: countyCode };
      regions.push(t);
      townships.push(t);
      centers.push({ id: `C${code}`, name: `${county.name}${name}综治中心`, level: 'TOWNSHIP', regionCode: code });
    }
  }
  const villages: DemoRegion[] = [];
  spread(scale.villages, townships.length).forEach((count, i) => {
    const t = townships[i];
    const isStreet = t.name.endsWith('街道');
    const used = new Set<string>();
    for (let v = 1; v <= count; v++) {
      const code = `${t.code.slice(0, 9)}${String(isStreet ? v : 200 + v).padStart(3, '0')}`;
      let name = villageName(rng, isStreet);
      while (used.has(name)) name = villageName(rng, isStreet);
      used.add(name);
      const village: DemoRegion = { code, name, level: 'VILLAGE', parentCode: t.code };
      regions.push(village);
      villages.push(village);
      centers.push({ id: `C${code}`, name: `${t.name}${name}综治中心`, level: 'VILLAGE', regionCode: code });
    }
  });
  const grids: DemoGrid[] = [];
  const comp = spread(scale.comprehensiveGrids, villages.length);
  const ded = new Array(villages.length).fill(0);
  for (let i = 0; i < scale.dedicatedGrids; i++) ded[rng.int(0, villages.length - 1)]++;
  villages.forEach((v, i) => {
    let seq = 0;
    const [clat, clng] = COUNTY_CENTRES[v.code.slice(0, 6)];
    const vlat = clat + (rng.next() - 0.5) * 0.3, vlng = clng + (rng.next() - 0.5) * 0.3;
    const at = () => ({ lat: Math.round((vlat + (rng.next() - 0.5) * 0.01) * 1e6) / 1e6, lng: Math.round((vlng + (rng.next() - 0.5) * 0.01) * 1e6) / 1e6 });
    for (let g = 0; g < comp[i]; g++) {
      seq++;
      grids.push({ code: `${v.code}${String(seq).padStart(3, '0')}`, name: `${v.name}第${seq}网格`, type: 'COMPREHENSIVE', regionCode: v.code, coverage: null, ...at() });
    }
    for (let g = 0; g < ded[i]; g++) {
      seq++;
      const coverage = rng.pick(DEDICATED);
      grids.push({ code: `${v.code}${String(seq).padStart(3, '0')}`, name: `${v.name}${DEDICATED_NAME[coverage]}`, type: 'DEDICATED', regionCode: v.code, coverage, ...at() });
    }
  });
  const gridWorkers: DemoGridWorker[] = [];
  for (let i = 0; i < scale.gridWorkers; i++) {
    const grid = i < grids.length ? grids[i] : grids[rng.int(0, grids.length - 1)];
    gridWorkers.push({ id: `W${String(i + 1).padStart(6, '0')}`, name: personName(rng), phone: mobile(rng), gridCode: grid.code });
  }
  const departments: DemoDepartment[] = DEPARTMENT_KINDS.map(([kind, name]) => ({ id: `D220300-${kind}`, name: `四平市${name}`, regionCode: '220300000000', kind }));
  for (const county of counties) {
    departments.push({ id: `D${county.code}-${COUNTY_GOVERNMENT_KIND}`, name: `${county.name}人民政府`, regionCode: `${county.code}000000`, kind: COUNTY_GOVERNMENT_KIND });
    for (const [kind, name] of DEPARTMENT_KINDS.filter(([k]) => !CITY_ONLY_KINDS.has(k)).slice(0, scale.countyDepartmentKinds)) {
      departments.push({ id: `D${county.code}-${kind}`, name: `${county.name}${name.replace(/^四平市/, '')}`, regionCode: `${county.code}000000`, kind });
    }
  }
  return { regions, grids, gridWorkers, centers, departments };
}
