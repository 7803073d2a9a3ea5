import type { Knex } from 'knex';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import type { MediationAgreement } from '../model';
import { toAgreement } from './rows';

/** Mediation agreements (调解协议), scoped like the mediations that reached them. */
export class MediationAgreementRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer) {
    this.scope = regionScope(viewer, 'LEGAL_SERVICES');
  }

  async byIds(ids: readonly string[]): Promise<MediationAgreement[]> {
    return (await whereInScope(this.db('mediation_agreements'), 'region_code', this.scope).whereIn('id', ids)).map(toAgreement);
  }
}
