import type { Knex } from 'knex';
import type { Page, PageArgs } from '../../../kit/pagination';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { calendarDate, jurisdictionPrefix } from '../input';
import type { Mediation, MediationStatus, MediationTier } from '../model';
import { readPage, type KeysetOrder } from './keyset';
import { toMediation } from './rows';

export interface MediationFilter {
  jurisdiction?: string | null;
  status?: MediationStatus | null;
  tier?: MediationTier | null;
  startedFrom?: string | null;
  startedTo?: string | null;
}

const NEWEST_START: KeysetOrder<Mediation> = {
  columns: [{ column: 'start_date', kind: 'date' }, { column: 'id', kind: 'string' }],
  direction: 'desc',
  keyOf: (m) => [m.startDate, m.id],
};

/** Mediations (调解), scoped to the viewer's LEGAL_SERVICES region scope: a foreign row is simply not found. */
export class MediationRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer, private readonly maxPageSize: number) {
    this.scope = regionScope(viewer, 'LEGAL_SERVICES');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('mediations'), 'region_code', this.scope);
  }

  list(filter: MediationFilter | null | undefined, args: PageArgs): Promise<Page<Mediation>> {
    const prefix = jurisdictionPrefix(filter?.jurisdiction);
    const from = calendarDate(filter?.startedFrom, 'filter.startedFrom');
    const to = calendarDate(filter?.startedTo, 'filter.startedTo');
    const qb = this.scoped();
    if (prefix) qb.where('region_code', 'like', `${prefix}%`);
    if (filter?.status) qb.where('status', filter.status);
    if (filter?.tier) qb.where('tier', filter.tier);
    if (from) qb.where('start_date', '>=', from);
    if (to) qb.where('start_date', '<=', to);
    return readPage(qb, NEWEST_START, args, this.maxPageSize, toMediation);
  }

  async byIds(ids: readonly string[]): Promise<Mediation[]> {
    return (await this.scoped().whereIn('id', ids)).map(toMediation);
  }

  /** The mediations of many appeals in one statement, each appeal's chain in the order it happened. */
  async byAppealIds(appealIds: readonly string[]): Promise<Mediation[]> {
    return (await this.scoped().whereIn('appeal_id', appealIds).orderBy([{ column: 'created_at' }, { column: 'id' }])).map(toMediation);
  }

  /** The mediations that escalated from the given ones (the next tier). */
  async byPreviousIds(previousIds: readonly string[]): Promise<Mediation[]> {
    return (await this.scoped().whereIn('previous_mediation_id', previousIds)).map(toMediation);
  }
}
