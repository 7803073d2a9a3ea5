import { COUNTY_GOVERNMENT_KIND } from './departments';

/** One rule of the routing catalogue (派单目录): jurisdiction × category → a target with a role. */
export interface RoutingRule {
  id: string;
  jurisdiction: string;
  category: string;
  targetType: 'DEPARTMENT' | 'CENTER' | 'PARTNER';
  targetId: string;
  role: 'LEAD' | 'CO_HANDLER';
}

export interface RouteTarget {
  targetType: RoutingRule['targetType'];
  targetId: string;
  role: RoutingRule['role'];
}

export interface Route {
  targets: RouteTarget[];
  /** The rule set that matched, or null when the county government took it as the fallback. */
  matched: { jurisdiction: string; category: string } | null;
}

/** The county-level government: the fallback when no rule matches (domain.md). */
export function countyGovernment(regionCode: string): RouteTarget {
  return { targetType: 'DEPARTMENT', targetId: `D${regionCode.slice(0, 6)}-${COUNTY_GOVERNMENT_KIND}`, role: 'LEAD' };
}

/**
 * Route an appeal: among the current rules whose jurisdiction is a prefix of the appeal's region and whose category
 * is the appeal's category or its parent, the longest jurisdiction wins, then the leaf category over the parent.
 * Every rule of the winning (jurisdiction, category) pair is a target. Litigation-type matters get their partner as
 * lead and never the petition center (诉访分离). Exactly one LEAD comes out.
 */
export function route(rules: RoutingRule[], regionCode: string, category: string, litigationPartner: 'COURT' | 'PROCURATORATE' | null): Route {
  const parent = category.split('.')[0];
  const candidates = rules.filter((r) => regionCode.startsWith(r.jurisdiction) && (r.category === category || r.category === parent));
  let targets: RouteTarget[] = [];
  let matched: Route['matched'] = null;
  if (candidates.length) {
    const best = candidates.reduce((a, b) => (b.jurisdiction.length > a.jurisdiction.length || (b.jurisdiction.length === a.jurisdiction.length && b.category.length > a.category.length) ? b : a));
    matched = { jurisdiction: best.jurisdiction, category: best.category };
    targets = candidates
      .filter((r) => r.jurisdiction === best.jurisdiction && r.category === best.category)
      .map((r) => ({ targetType: r.targetType, targetId: r.targetId, role: r.role }));
  }
  if (litigationPartner) {
    targets = targets
      .filter((t) => !(t.targetType === 'PARTNER' && (t.targetId === 'PETITION' || t.targetId === litigationPartner)))
      .map((t) => ({ ...t, role: 'CO_HANDLER' as const }));
    targets.unshift({ targetType: 'PARTNER', targetId: litigationPartner, role: 'LEAD' });
  }
  if (!targets.some((t) => t.role === 'LEAD')) {
    const fallback = countyGovernment(regionCode);
    targets = [fallback, ...targets.filter((t) => !(t.targetType === fallback.targetType && t.targetId === fallback.targetId))];
  }
  const leads = targets.filter((t) => t.role === 'LEAD');
  if (leads.length > 1) targets = targets.map((t, i) => (t.role === 'LEAD' && i !== targets.indexOf(leads[0]) ? { ...t, role: 'CO_HANDLER' as const } : t));
  return { targets, matched };
}
