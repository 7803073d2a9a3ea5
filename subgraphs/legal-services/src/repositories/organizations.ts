import type { Knex } from 'knex';
import { regionsAbove } from '../domain/tiers';
import type { MediationOrganization } from '../model';
import { toOrganization } from './rows';

/**
 * The mediation organizations that can take a dispute in `regionCode`, in one statement: the committees of its
 * village and township, the joint and industry organizations of its county and city, and the lawyer mediation
 * organizations of the city. The public directory: no viewer scope applies (the caller is already authorized).
 */
export async function organizationsNear(db: Knex | Knex.Transaction, regionCode: string): Promise<MediationOrganization[]> {
  const r = regionsAbove(regionCode);
  const rows = await db('mediation_organizations')
    .whereIn('region_code', [r.village, r.township, r.county, r.city])
    .orWhere((w) => w.whereIn('kind', ['LAWYER', 'LAWYER_STUDIO']).andWhere('region_code', 'like', `${r.city.slice(0, 4)}%`))
    .orderBy('id');
  return rows.map(toOrganization);
}
