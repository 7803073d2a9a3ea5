import type { Knex } from 'knex';
import type { Page, PageArgs } from '../../../kit/pagination';
import type { Viewer } from '../../../kit/viewer';
import { idArgument, jurisdictionPrefix } from '../input';
import type { LegalAidWorkstation, MediationOrganization, Mediator, MediatorKind, OrganizationKind } from '../model';
import { readPage, type KeysetOrder } from './keyset';
import { toMediator, toOrganization, toWorkstation } from './rows';

export interface OrganizationFilter { jurisdiction?: string | null; kind?: OrganizationKind | null }
export interface MediatorFilter { organizationId?: string | null; kind?: MediatorKind | null }
export interface WorkstationFilter { jurisdiction?: string | null }

const byId = <T extends { id: string }>(): KeysetOrder<T> => ({ columns: [{ column: 'id', kind: 'string' }], direction: 'asc', keyOf: (r) => [r.id] });

/** The tables of the directory. */
type DirectoryTable = 'mediation_organizations' | 'legal_aid_workstations' | 'mediators';

/**
 * Which directory tables a viewer reads, whatever their jurisdiction. Where a citizen can get help is public
 * information: the offices (mediation organizations, legal-aid workstations: names, addresses, public phones) are
 * open to every viewer, ANONYMOUS included. The mediators are people, with their work mobiles: signed-in viewers only.
 */
export function directoryScope(viewer: Viewer, table: DirectoryTable): boolean {
  return table === 'mediators' ? viewer.role !== 'ANONYMOUS' : true;
}

/** The public directory: mediation organizations, mediators and legal-aid workstations, scoped by `directoryScope`. */
export class DirectoryRepository {
  constructor(private readonly db: Knex, private readonly viewer: Viewer, private readonly maxPageSize: number) {}

  private table(name: DirectoryTable): Knex.QueryBuilder {
    const qb = this.db(name);
    return directoryScope(this.viewer, name) ? qb : qb.whereRaw('1 = 0');
  }

  listOrganizations(filter: OrganizationFilter | null | undefined, args: PageArgs): Promise<Page<MediationOrganization>> {
    const prefix = jurisdictionPrefix(filter?.jurisdiction);
    const qb = this.table('mediation_organizations');
    if (prefix) qb.where('region_code', 'like', `${prefix}%`);
    if (filter?.kind) qb.where('kind', filter.kind);
    return readPage(qb, byId<MediationOrganization>(), args, this.maxPageSize, toOrganization);
  }

  async organizationsByIds(ids: readonly string[]): Promise<MediationOrganization[]> {
    return (await this.table('mediation_organizations').whereIn('id', ids)).map(toOrganization);
  }

  listMediators(filter: MediatorFilter | null | undefined, args: PageArgs): Promise<Page<Mediator>> {
    const organizationId = idArgument(filter?.organizationId, 'filter.organizationId');
    const qb = this.table('mediators');
    if (organizationId) qb.where('organization_id', organizationId);
    if (filter?.kind) qb.where('kind', filter.kind);
    return readPage(qb, byId<Mediator>(), args, this.maxPageSize, toMediator);
  }

  async mediatorsByIds(ids: readonly string[]): Promise<Mediator[]> {
    return (await this.table('mediators').whereIn('id', ids)).map(toMediator);
  }

  listWorkstations(filter: WorkstationFilter | null | undefined, args: PageArgs): Promise<Page<LegalAidWorkstation>> {
    const prefix = jurisdictionPrefix(filter?.jurisdiction);
    const qb = this.table('legal_aid_workstations');
    if (prefix) qb.where('region_code', 'like', `${prefix}%`);
    return readPage(qb, byId<LegalAidWorkstation>(), args, this.maxPageSize, toWorkstation);
  }

  async workstationsByIds(ids: readonly string[]): Promise<LegalAidWorkstation[]> {
    return (await this.table('legal_aid_workstations').whereIn('id', ids)).map(toWorkstation);
  }
}
