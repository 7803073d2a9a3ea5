import type { Knex } from 'knex';
import { badUserInput } from '../../../kit/errors';
import { toIsoRequired } from '../../../kit/rows';
import { categoryByCode } from '../domain/categories';
import type { RoutingRule } from '../domain/routing';

export interface RoutingVersion {
  version: number;
  publishedAt: string;
  publishedBy: string;
  note: string;
}

const toRule = (r: Record<string, any>): RoutingRule => ({ id: r.id, jurisdiction: r.jurisdiction, category: r.category, targetType: r.target_type, targetId: r.target_id, role: r.role });

/**
 * The routing catalogue (派单目录): versioned rules. A change publishes a new version: the rules it replaces get
 * `valid_to`, new rules get `valid_from`; any version can be read back, and every dispatch records the version used.
 */
export class RoutingRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  async currentVersion(): Promise<number> {
    const [row] = await this.db('routing_versions').max({ v: 'version' });
    return Number((row as { v: number | null }).v ?? 0);
  }

  /** Rules in force at a version (the current one by default). */
  async rules(version?: number, filter: { jurisdiction?: string; category?: string } = {}): Promise<RoutingRule[]> {
    const v = version ?? (await this.currentVersion());
    const q = this.db('routing_rules').where('valid_from', '<=', v).andWhere((w) => w.whereNull('valid_to').orWhere('valid_to', '>', v));
    if (filter.jurisdiction) q.andWhere('jurisdiction', filter.jurisdiction);
    if (filter.category) q.andWhere('category', filter.category);
    return (await q.orderBy(['jurisdiction', 'category', 'role', 'target_id'])).map(toRule);
  }

  /** Rules that could apply to one region and category (for routing an appeal): one statement. */
  async candidates(regionCode: string, category: string): Promise<RoutingRule[]> {
    const prefixes = [2, 4, 6, 9, 12].map((n) => regionCode.slice(0, n));
    const rows = await this.db('routing_rules').whereNull('valid_to').whereIn('jurisdiction', prefixes).whereIn('category', [category, category.split('.')[0]]);
    return rows.map(toRule);
  }

  async versions(): Promise<RoutingVersion[]> {
    return (await this.db('routing_versions').orderBy('version', 'desc')).map((r: Record<string, any>) => ({ version: Number(r.version), publishedAt: toIsoRequired(r.published_at), publishedBy: r.published_by, note: r.note }));
  }

  /**
   * Replace the targets of one (jurisdiction, category) pair and publish a new version. An empty target list removes
   * the pair (appeals then fall back to a broader rule or the county government).
   */
  async replace(trx: Knex.Transaction, jurisdiction: string, category: string, targets: Omit<RoutingRule, 'id' | 'jurisdiction' | 'category'>[], by: string, note: string): Promise<number> {
    if (!/^\d{2,12}$/.test(jurisdiction)) throw badUserInput('input.jurisdiction', 'must be a region-code prefix of 2 to 12 digits');
    if (!categoryByCode(category)) throw badUserInput('input.category', `unknown category ${category}`);
    if (targets.length && targets.filter((t) => t.role === 'LEAD').length !== 1) throw badUserInput('input.targets', 'exactly one target must be the LEAD');
    const [row] = await trx('routing_versions').max({ v: 'version' });
    const version = Number((row as { v: number | null }).v ?? 0) + 1;
    await trx('routing_versions').insert({ version, published_at: new Date().toISOString(), published_by: by, note });
    await trx('routing_rules').where({ jurisdiction, category }).whereNull('valid_to').update({ valid_to: version });
    if (targets.length) {
      await trx('routing_rules').insert(targets.map((t) => ({
        id: `R${version}-${jurisdiction}-${category}-${t.targetId}`, jurisdiction, category, target_type: t.targetType, target_id: t.targetId, role: t.role, valid_from: version, valid_to: null,
      })));
    }
    return version;
  }
}
