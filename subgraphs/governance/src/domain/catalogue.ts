import type { DemoCity } from '../../../../demo/model';
import { LEAF_CATEGORIES } from './categories';
import { CITY_ONLY_KINDS } from './departments';
import type { RoutingRule } from './routing';

/** Partner centers that co-handle a category by default (mediation first: 调解优先). */
const PARTNER_CO_HANDLERS: Record<string, ('LEGAL_SERVICES' | 'PETITION')[]> = {
  'MEDICAL.DISPUTE': ['LEGAL_SERVICES'],
  'NEIGHBOUR.DISPUTE': ['LEGAL_SERVICES'],
  'FAMILY.MARRIAGE': ['LEGAL_SERVICES'],
  'FAMILY.INHERITANCE': ['LEGAL_SERVICES'],
  'LAND.EXPROPRIATION': ['PETITION'],
  'CONDUCT.OFFICIAL': ['PETITION'],
};

/**
 * The demo city's routing catalogue: for every county and leaf category, the department of the category's kind in
 * that county (the city's when the kind is city-only) leads, with its usual co-handlers and partner centers;
 * the 伊通镇 township center leads wage arrears in its township with a team of county departments (domain.md story 2).
 */
export function defaultCatalogue(city: DemoCity): RoutingRule[] {
  const deptIds = new Set(city.departments.map((d) => d.id));
  const counties = city.regions.filter((r) => r.level === 'COUNTY').map((r) => r.code.slice(0, 6));
  const rules: RoutingRule[] = [];
  const add = (jurisdiction: string, category: string, targetType: RoutingRule['targetType'], targetId: string, role: RoutingRule['role']) =>
    rules.push({ id: `R-${jurisdiction}-${category}-${targetId}`, jurisdiction, category, targetType, targetId, role });
  const deptFor = (county: string, kind: string) => (!CITY_ONLY_KINDS.has(kind) && deptIds.has(`D${county}-${kind}`) ? `D${county}-${kind}` : `D220300-${kind}`);
  for (const c of LEAF_CATEGORIES) {
    if (!c.leadKind || c.code.startsWith('LITIGATION.')) continue;
    if (CITY_ONLY_KINDS.has(c.leadKind)) {
      add('2203', c.code, 'DEPARTMENT', `D220300-${c.leadKind}`, 'LEAD');
      for (const k of c.coKinds) add('2203', c.code, 'DEPARTMENT', `D220300-${k}`, 'CO_HANDLER');
      for (const p of PARTNER_CO_HANDLERS[c.code] ?? []) add('2203', c.code, 'PARTNER', p, 'CO_HANDLER');
      continue;
    }
    for (const county of counties) {
      add(county, c.code, 'DEPARTMENT', deptFor(county, c.leadKind), 'LEAD');
      for (const k of c.coKinds) add(county, c.code, 'DEPARTMENT', deptFor(county, k), 'CO_HANDLER');
      for (const p of PARTNER_CO_HANDLERS[c.code] ?? []) add(county, c.code, 'PARTNER', p, 'CO_HANDLER');
    }
  }
  const yitong = city.centers.find((c) => c.regionCode === '220323100000');
  if (yitong) {
    add('220323100', 'LABOUR.WAGE_ARREARS', 'CENTER', yitong.id, 'LEAD');
    for (const k of ['HR_SOCIAL_SECURITY', 'PUBLIC_SECURITY', 'JUSTICE']) add('220323100', 'LABOUR.WAGE_ARREARS', 'DEPARTMENT', deptFor('220323', k), 'CO_HANDLER');
  }
  return rules;
}
