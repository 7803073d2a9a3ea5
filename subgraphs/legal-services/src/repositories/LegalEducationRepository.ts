import type { Knex } from 'knex';
import type { Page, PageArgs } from '../../../kit/pagination';
import type { LegalEducationArticle, LegalEducationTopic } from '../model';
import { readPage, type KeysetOrder } from './keyset';
import { toArticle } from './rows';

const NEWEST_PUBLISHED: KeysetOrder<LegalEducationArticle> = {
  columns: [{ column: 'published_at', kind: 'timestamp' }, { column: 'id', kind: 'string' }],
  direction: 'desc',
  keyOf: (a) => [a.publishedAt, a.id],
};

/**
 * Public legal-education articles (普法宣传). Its scope is every viewer, ANONYMOUS included, so it is the one repository
 * not bound to the viewer: the content is published for everybody and holds no personal data. Reads only; articles
 * come from the seed data file, nothing in the graph writes them.
 */
export class LegalEducationRepository {
  constructor(private readonly db: Knex, private readonly maxPageSize: number) {}

  private table(): Knex.QueryBuilder {
    return this.db('legal_education_articles');
  }

  /** A page of articles, newest published first (ties by id), optionally of one topic. */
  list(topic: LegalEducationTopic | null | undefined, args: PageArgs): Promise<Page<LegalEducationArticle>> {
    const qb = this.table();
    if (topic) qb.where('topic', topic);
    return readPage(qb, NEWEST_PUBLISHED, args, this.maxPageSize, toArticle);
  }

  async byIds(ids: readonly string[]): Promise<LegalEducationArticle[]> {
    return (await this.table().whereIn('id', ids)).map(toArticle);
  }
}
