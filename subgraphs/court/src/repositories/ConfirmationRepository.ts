import type { Knex } from 'knex';
import { toDate } from '../../../kit/rows';
import { regionScope, whereInScope, type RegionScope } from '../../../kit/scope';
import type { Viewer } from '../../../kit/viewer';
import type { JudicialConfirmation, JudicialConfirmationDecision } from '../model';

const COLUMNS = ['id', 'agreement_id', 'appeal_id', 'applied_on', 'decision', 'decided_on', 'court_case_id', 'case_number', 'court_name', 'region_code', 'grid_code'];

type Row = Record<string, unknown>;

function toConfirmation(r: Row): JudicialConfirmation {
  return {
    id: String(r.id),
    agreementId: String(r.agreement_id),
    appealId: String(r.appeal_id),
    appliedOn: toDate(r.applied_on) as string,
    decision: r.decision as JudicialConfirmationDecision,
    decidedOn: toDate(r.decided_on),
    courtCaseId: String(r.court_case_id),
    caseNumber: String(r.case_number),
    courtName: String(r.court_name),
    regionCode: String(r.region_code),
    gridCode: String(r.grid_code),
  };
}

/** Judicial confirmations of mediation agreements, scoped to the viewer's jurisdiction. */
export class ConfirmationRepository {
  private readonly scope: RegionScope;

  constructor(private readonly db: Knex, viewer: Viewer) {
    this.scope = regionScope(viewer, 'COURT');
  }

  private scoped(): Knex.QueryBuilder {
    return whereInScope(this.db('judicial_confirmations').select(COLUMNS), 'region_code', this.scope);
  }

  async byAgreementIds(agreementIds: readonly string[]): Promise<JudicialConfirmation[]> {
    const rows: Row[] = await this.scoped().whereIn('agreement_id', agreementIds);
    return rows.map(toConfirmation);
  }

  async byCaseIds(caseIds: readonly string[]): Promise<JudicialConfirmation[]> {
    const rows: Row[] = await this.scoped().whereIn('court_case_id', caseIds);
    return rows.map(toConfirmation);
  }
}
