import type { Knex } from 'knex';
import type { Page, PageArgs } from '../../../kit/pagination';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { calendarDate, jurisdictionPrefix } from '../input';
import type { LegalAidApplication, LegalAidDecision } from '../model';
import { readPage, type KeysetOrder } from './keyset';
import { toLegalAid } from './rows';

export interface LegalAidFilter {
  jurisdiction?: string | null;
  decision?: LegalAidDecision | null;
  appliedFrom?: string | null;
  appliedTo?: string | null;
}

const NEWEST_APPLIED: KeysetOrder<LegalAidApplication> = {
  columns: [{ column: 'applied_date', kind: 'date' }, { column: 'id', kind: 'string' }],
  direction: 'desc',
  keyOf: (a) => [a.appliedDate, a.id],
};

/** Legal aid applications (法律援助申请), scoped to the viewer's LEGAL_SERVICES region scope. */
export class LegalAidRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer, private readonly maxPageSize: number) {
    this.scope = regionScope(viewer, 'LEGAL_SERVICES');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('legal_aid_applications'), 'region_code', this.scope);
  }

  list(filter: LegalAidFilter | null | undefined, args: PageArgs): Promise<Page<LegalAidApplication>> {
    const prefix = jurisdictionPrefix(filter?.jurisdiction);
    const from = calendarDate(filter?.appliedFrom, 'filter.appliedFrom');
    const to = calendarDate(filter?.appliedTo, 'filter.appliedTo');
    const qb = this.scoped();
    if (prefix) qb.where('region_code', 'like', `${prefix}%`);
    if (filter?.decision) qb.where('decision', filter.decision);
    if (from) qb.where('applied_date', '>=', from);
    if (to) qb.where('applied_date', '<=', to);
    return readPage(qb, NEWEST_APPLIED, args, this.maxPageSize, toLegalAid);
  }

  /** The applications of many appeals in one statement, oldest first. */
  async byAppealIds(appealIds: readonly string[]): Promise<LegalAidApplication[]> {
    return (await this.scoped().whereIn('appeal_id', appealIds).orderBy([{ column: 'applied_date' }, { column: 'id' }])).map(toLegalAid);
  }
}
