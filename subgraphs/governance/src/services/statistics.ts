import type { Knex } from 'knex';
import { badUserInput, forbidden } from '../../../kit/errors';
import { coversPrefix, type Viewer } from '../../../kit/viewer';
import type { StatisticsArgs } from '../domain/statistics';
import { checkJurisdiction } from '../repositories/AppealRepository';
import { StatisticsRepository, type StatisticsResult } from '../repositories/StatisticsRepository';

export interface StatisticsInput { jurisdiction: string; category?: string | null; from: string; to: string; countBasicallySatisfied?: boolean | null; asOf?: string | null }

function instant(value: string, field: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw badUserInput(field, 'must be an ISO 8601 date-time');
  return new Date(t).toISOString();
}

/** Validate and scope the dashboard's arguments: staff only within their own jurisdiction; ADMIN and AUDITOR anywhere. */
export function statisticsArgs(viewer: Viewer, input: StatisticsInput): StatisticsArgs {
  const jurisdiction = checkJurisdiction(input.jurisdiction, 'jurisdiction');
  if (!['ADMIN', 'AUDITOR'].includes(viewer.role)) {
    if (viewer.role !== 'CENTER_STAFF') throw forbidden('Statistics are for center staff, auditors and administrators');
    if (!coversPrefix(viewer, jurisdiction)) throw forbidden('That jurisdiction is outside yours');
  }
  const from = instant(input.from, 'from');
  const to = instant(input.to, 'to');
  if (from >= to) throw badUserInput('to', 'must be after from');
  const category = input.category?.trim() || null;
  if (category && !/^[A-Z_]+(\.[A-Z_]+)?$/.test(category)) throw badUserInput('category', 'not a category code');
  return { jurisdiction, category, from, to, countBasicallySatisfied: input.countBasicallySatisfied ?? true, asOf: input.asOf ? instant(input.asOf, 'asOf') : new Date().toISOString() };
}

export async function statistics(db: Knex, viewer: Viewer, input: StatisticsInput): Promise<StatisticsResult> {
  return new StatisticsRepository(db).summary(statisticsArgs(viewer, input));
}
