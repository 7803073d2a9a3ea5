/**
 * Deadlines of governance work orders. The receiver may object and return a work order within 5 working days
 * (domain.md); a general hotline-type work order is due in 5 working days. Working days follow the official
 * holiday calendar (kit/clock).
 */
import { chinaCalendar, dueWorkingDays } from '../../../kit/clock';

export const RETURN_WINDOW_WORKING_DAYS = 5;
export const DEFAULT_HANDLING_WORKING_DAYS = 5;

export function returnDueAt(dispatchedAt: string): string {
  return dueWorkingDays(dispatchedAt, RETURN_WINDOW_WORKING_DAYS, chinaCalendar);
}

export function handlingDueAt(dispatchedAt: string): string {
  return dueWorkingDays(dispatchedAt, DEFAULT_HANDLING_WORKING_DAYS, chinaCalendar);
}
