import type { Knex } from 'knex';
import type { Page, PageArgs } from '../../../kit/pagination';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import { jurisdictionPrefix } from '../input';
import type { ConsultationChannel, LegalConsultation } from '../model';
import { readPage, type KeysetOrder } from './keyset';
import { toConsultation } from './rows';

export interface ConsultationFilter {
  jurisdiction?: string | null;
  channel?: ConsultationChannel | null;
  linkedToAppeal?: boolean | null;
}

const NEWEST_ASKED: KeysetOrder<LegalConsultation> = {
  columns: [{ column: 'asked_at', kind: 'timestamp' }, { column: 'id', kind: 'string' }],
  direction: 'desc',
  keyOf: (c) => [c.askedAt, c.id],
};

/** Legal consultations (在线问法), scoped to the viewer's LEGAL_SERVICES region scope. */
export class ConsultationRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer, private readonly maxPageSize: number) {
    this.scope = regionScope(viewer, 'LEGAL_SERVICES');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('legal_consultations'), 'region_code', this.scope);
  }

  list(filter: ConsultationFilter | null | undefined, args: PageArgs): Promise<Page<LegalConsultation>> {
    const prefix = jurisdictionPrefix(filter?.jurisdiction);
    const qb = this.scoped();
    if (prefix) qb.where('region_code', 'like', `${prefix}%`);
    if (filter?.channel) qb.where('channel', filter.channel);
    if (filter?.linkedToAppeal === true) qb.whereNotNull('appeal_id');
    if (filter?.linkedToAppeal === false) qb.whereNull('appeal_id');
    return readPage(qb, NEWEST_ASKED, args, this.maxPageSize, toConsultation);
  }

  /** The consultations of many appeals in one statement, oldest first. */
  async byAppealIds(appealIds: readonly string[]): Promise<LegalConsultation[]> {
    return (await this.scoped().whereIn('appeal_id', appealIds).orderBy([{ column: 'asked_at' }, { column: 'id' }])).map(toConsultation);
  }
}
