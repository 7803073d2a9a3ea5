import { MEDIATION_TIERS, type MediationOrganization, type MediationTier, type Specialty } from '../model';

/**
 * Layered mediation (调解优先、分层递进、司法兜底): which tier and which organization take a dispute. Pure: the
 * caller loads the organizations near the dispute (`organizationsNear`) and these rules choose among them.
 */

/** The name of a tier, for notes and legal-route texts. */
export const TIER_NAME: Record<MediationTier, string> = {
  GRID_VILLAGE: '村（社区）人民调解委员会', TOWNSHIP_COMMITTEE: '乡镇（街道）人民调解委员会', COUNTY_JOINT_OR_INDUSTRY: '县级联合调解或行业性专业性调解组织',
  LAWYER: '律师调解组织', COURT_PRE_LITIGATION: '人民法院诉前委派调解',
};

/** The specialty that fits an appeal category (`LABOUR.WAGE_ARREARS` -> LABOUR); null when none does. */
export function specialtyOf(category: string): Specialty | null {
  if (category === 'TRAFFIC.ACCIDENT_INSURANCE') return 'TRAFFIC';
  if (category === 'PUBLIC.EDUCATION') return 'EDUCATION';
  const root = category.split('.')[0];
  const map: Record<string, Specialty> = {
    LABOUR: 'LABOUR', MEDICAL: 'MEDICAL', TRAFFIC: 'TRAFFIC', PROPERTY: 'PROPERTY', FAMILY: 'FAMILY',
    CONSUMER: 'CONSUMER', LAND: 'LAND', ENVIRONMENT: 'ENVIRONMENT', FINANCE: 'FINANCE',
  };
  return map[root] ?? null;
}

/** A professional dispute (labour, medical, traffic...) goes to the industry/professional organization of its field first. */
export function professionalSpecialty(category: string): Specialty | null {
  const s = specialtyOf(category);
  return s === 'FAMILY' ? null : s;
}

/** The region codes around a 12-digit village code: the village, its township, county and city. */
export function regionsAbove(regionCode: string): { village: string; township: string; county: string; city: string } {
  return {
    village: regionCode,
    township: `${regionCode.slice(0, 9)}000`,
    county: `${regionCode.slice(0, 6)}000000`,
    city: `${regionCode.slice(0, 4)}00000000`,
  };
}

const byId = (a: MediationOrganization, b: MediationOrganization) => a.id.localeCompare(b.id);

/**
 * The organization that mediates at `tier` for a dispute of `category` in `regionCode`, nearest first; null when
 * none of `candidates` serves that tier there. Deterministic: ties go to the smallest id.
 */
export function organizationFor(tier: MediationTier, category: string, regionCode: string, candidates: MediationOrganization[]): MediationOrganization | null {
  const r = regionsAbove(regionCode);
  const pick = (test: (o: MediationOrganization) => boolean) => candidates.filter(test).sort(byId)[0] ?? null;
  const committeeAt = (code: string) => pick((o) => o.kind === 'PEOPLES_COMMITTEE' && o.regionCode === code);
  const jointOfCounty = () => pick((o) => o.kind === 'JOINT' && o.regionCode === r.county);
  switch (tier) {
    case 'GRID_VILLAGE':
      return committeeAt(r.village);
    case 'TOWNSHIP_COMMITTEE':
      return committeeAt(r.township);
    case 'COUNTY_JOINT_OR_INDUSTRY': {
      const specialty = professionalSpecialty(category);
      const industryAt = (code: string) => (specialty ? pick((o) => o.kind === 'INDUSTRY' && o.specialty === specialty && o.regionCode === code) : null);
      return industryAt(r.county) ?? industryAt(r.city) ?? jointOfCounty();
    }
    case 'LAWYER': {
      const lawyer = (o: MediationOrganization) => o.kind === 'LAWYER' || o.kind === 'LAWYER_STUDIO';
      return pick((o) => lawyer(o) && o.regionCode.startsWith(r.county.slice(0, 6))) ?? pick((o) => lawyer(o) && o.regionCode.startsWith(r.city.slice(0, 4)));
    }
    case 'COURT_PRE_LITIGATION':
      return jointOfCounty();
  }
}

export interface TierChoice {
  tier: MediationTier;
  organization: MediationOrganization;
}

/**
 * Where a referral from a governance center starts. A professional dispute goes to the industry/professional
 * organization of its field; any other dispute to the township people's mediation committee (the grid worker's
 * own mediation at village level came before the appeal), or the village committee where the township has none;
 * failing both, the county's joint mediation center. Null when the region has no organization at all.
 */
export function firstTier(category: string, regionCode: string, candidates: MediationOrganization[]): TierChoice | null {
  const atCounty = organizationFor('COUNTY_JOINT_OR_INDUSTRY', category, regionCode, candidates);
  if (atCounty?.kind === 'INDUSTRY') return { tier: 'COUNTY_JOINT_OR_INDUSTRY', organization: atCounty };
  for (const tier of ['TOWNSHIP_COMMITTEE', 'GRID_VILLAGE'] as const) {
    const organization = organizationFor(tier, category, regionCode, candidates);
    if (organization) return { tier, organization };
  }
  return atCounty ? { tier: 'COUNTY_JOINT_OR_INDUSTRY', organization: atCounty } : null;
}

/** The next tier above `tier` that has an organization for the dispute; null at the top of the ladder. */
export function nextTier(tier: MediationTier, category: string, regionCode: string, candidates: MediationOrganization[]): TierChoice | null {
  for (const next of MEDIATION_TIERS.slice(MEDIATION_TIERS.indexOf(tier) + 1)) {
    const organization = organizationFor(next, category, regionCode, candidates);
    if (organization) return { tier: next, organization };
  }
  return null;
}
