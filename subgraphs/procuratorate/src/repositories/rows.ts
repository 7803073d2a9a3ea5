import { toBool, toDate, toIsoRequired } from '../../../kit/rows';
import type { Department, MatterKind, MatterStatus, OutcomeReplyKind, ProcuratorateFollowUp, ProcuratorateMatter } from '../model';
import { officeLevelOf } from '../domain/procuratorates';

/** Rows are parsed at the edge: whatever the driver returned (Date, 0/1, text) becomes the typed model. */
type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const date = (v: unknown): string => {
  const d = toDate(v);
  if (d === null) throw new Error('Expected a date');
  return d;
};

export const MATTER_COLUMNS = [
  'id', 'dispatch_id', 'appeal_id', 'kind', 'status', 'title', 'category', 'description',
  'petitioner_name', 'petitioner_id_number', 'petitioner_phone', 'anonymous', 'unreachable', 'confidential',
  'region_code', 'grid_code', 'procuratorate_code', 'procuratorate_name', 'department',
  'received_at', 'received_on', 'procedural_reply_due_on', 'procedural_replied_on',
  'outcome_reply_due_on', 'outcome_replied_on', 'outcome_reply_kind', 'result_replied_on', 'result_reply', 'closed_on',
] as const;

export function parseMatter(row: Row): ProcuratorateMatter {
  const procuratorateCode = str(row.procuratorate_code);
  return {
    id: str(row.id),
    dispatchId: str(row.dispatch_id),
    appealId: str(row.appeal_id),
    kind: str(row.kind) as MatterKind,
    status: str(row.status) as MatterStatus,
    title: str(row.title),
    category: str(row.category),
    description: strOrNull(row.description),
    petitioner: {
      name: strOrNull(row.petitioner_name),
      idNumber: strOrNull(row.petitioner_id_number),
      phone: strOrNull(row.petitioner_phone),
      anonymous: toBool(row.anonymous),
      unreachable: toBool(row.unreachable),
      confidential: toBool(row.confidential),
    },
    regionCode: str(row.region_code),
    gridCode: str(row.grid_code),
    procuratorate: { code: procuratorateCode, name: str(row.procuratorate_name), level: officeLevelOf(procuratorateCode) },
    department: str(row.department) as Department,
    receivedAt: toIsoRequired(row.received_at),
    receivedOn: date(row.received_on),
    proceduralReplyDueOn: date(row.procedural_reply_due_on),
    proceduralRepliedOn: toDate(row.procedural_replied_on),
    outcomeReplyDueOn: date(row.outcome_reply_due_on),
    outcomeRepliedOn: toDate(row.outcome_replied_on),
    outcomeReplyKind: strOrNull(row.outcome_reply_kind) as OutcomeReplyKind | null,
    resultRepliedOn: toDate(row.result_replied_on),
    resultReply: strOrNull(row.result_reply),
    closedOn: toDate(row.closed_on),
  };
}

export const FOLLOW_UP_COLUMNS = ['id', 'matter_id', 'sequence', 'due_on', 'replied_on', 'note'] as const;

export function parseFollowUp(row: Row): ProcuratorateFollowUp {
  return {
    id: str(row.id),
    matterId: str(row.matter_id),
    sequence: Number(row.sequence),
    dueOn: date(row.due_on),
    repliedOn: toDate(row.replied_on),
    note: strOrNull(row.note),
  };
}
