import { toBool, toDate, toIsoRequired } from '../../../kit/rows';
import type {
  PetitionDecision,
  PetitionForm,
  PetitionRecord,
  PetitionRepresentativeRecord,
  PetitionStageKind,
  PetitionStageOutcome,
  PetitionStageRecord,
  PetitionStatus,
  PetitionType,
} from '../domain/types';

/** Rows are parsed at the edge: whatever the driver returned (SQLite text, PostgreSQL Date), the rest of the code sees typed records. */
type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const dateRequired = (v: unknown): string => {
  const d = toDate(v);
  if (d === null) throw new Error('Expected a date');
  return d;
};

export function toPetition(row: Row): PetitionRecord {
  return {
    id: str(row.id),
    dispatchId: str(row.dispatch_id),
    appealId: str(row.appeal_id),
    regionCode: str(row.region_code),
    gridCode: str(row.grid_code),
    title: str(row.title),
    category: str(row.category),
    form: str(row.form) as PetitionForm,
    type: str(row.type) as PetitionType,
    status: str(row.status) as PetitionStatus,
    groupVisit: toBool(row.group_visit),
    headcount: Number(row.headcount),
    anonymous: toBool(row.anonymous),
    confidential: toBool(row.confidential),
    petitioner: { name: str(row.petitioner_name), idNumber: strOrNull(row.petitioner_id_number), phone: strOrNull(row.petitioner_phone) },
    receivedOn: dateRequired(row.received_on),
    registeredOn: dateRequired(row.registered_on),
    registrationDueOn: dateRequired(row.registration_due_on),
    decision: str(row.decision) as PetitionDecision,
    decidedOn: toDate(row.decided_on),
    noticeDueOn: dateRequired(row.notice_due_on),
    noticeSentOn: toDate(row.notice_sent_on),
    legalRoute: strOrNull(row.legal_route),
    handlingDueOn: toDate(row.handling_due_on),
    extension: row.extension_days === null || row.extension_days === undefined ? null : { days: Number(row.extension_days), reason: str(row.extension_reason) },
    result: strOrNull(row.result),
    repliedOn: toDate(row.replied_on),
    reviewRequestDueOn: toDate(row.review_request_due_on),
    concludedOn: toDate(row.concluded_on),
    createdAt: toIsoRequired(row.created_at),
    updatedAt: toIsoRequired(row.updated_at),
  };
}

export function toStage(row: Row): PetitionStageRecord {
  return {
    id: str(row.id),
    petitionId: str(row.petition_id),
    stage: str(row.stage) as PetitionStageKind,
    requestedOn: dateRequired(row.requested_on),
    requestDueOn: dateRequired(row.request_due_on),
    decisionDueOn: dateRequired(row.decision_due_on),
    decidedOn: toDate(row.decided_on),
    outcome: strOrNull(row.outcome) as PetitionStageOutcome | null,
    opinion: strOrNull(row.opinion),
  };
}

export function toRepresentative(row: Row): PetitionRepresentativeRecord {
  return {
    id: str(row.id),
    petitionId: str(row.petition_id),
    position: Number(row.position),
    name: str(row.name),
    idNumber: strOrNull(row.id_number),
    phone: strOrNull(row.phone),
  };
}
