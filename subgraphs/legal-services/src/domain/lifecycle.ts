import { illegalTransition } from '../../../kit/errors';
import type { PartnerState } from '../../../kit/partnerProgress';
import type { MediationStatus } from '../model';

/**
 * The life of one mediation at one tier, and what governance hears of it. Pure: no I/O.
 *
 *   RECEIVED --accept--> ACCEPTED --start--> MEDIATING --agree--> AGREEMENT --close--> CLOSED
 *                                              |--fail-----> FAILED ----close--> CLOSED
 *                                              `--escalate-> ESCALATED (a next-tier mediation starts at RECEIVED)
 */
export type MediationAction = 'accept' | 'start' | 'agree' | 'fail' | 'escalate' | 'close';

interface Rule {
  from: readonly MediationStatus[];
  to: MediationStatus;
  /** What governance is told; null for a step it does not hear of. */
  reports: PartnerState | null;
}

export const MEDIATION_RULES: Record<MediationAction, Rule> = {
  accept: { from: ['RECEIVED'], to: 'ACCEPTED', reports: 'ACCEPTED' },
  start: { from: ['ACCEPTED'], to: 'MEDIATING', reports: 'MEDIATING' },
  agree: { from: ['MEDIATING'], to: 'AGREEMENT', reports: 'AGREEMENT' },
  // No agreement and no further tier: the parties were told their legal routes; governance hears a reply.
  fail: { from: ['MEDIATING'], to: 'FAILED', reports: 'REPLIED' },
  // The matter moves up a tier and stays in mediation: governance already knows it is being mediated.
  escalate: { from: ['MEDIATING'], to: 'ESCALATED', reports: null },
  close: { from: ['AGREEMENT', 'FAILED'], to: 'CLOSED', reports: 'CLOSED' },
};

export interface Transition {
  from: MediationStatus;
  to: MediationStatus;
  /** The state to report to governance, or null when nothing is reported. */
  report: PartnerState | null;
}

/**
 * The move `action` makes from `status`, or an ILLEGAL_TRANSITION error. `laterTier` is true for a mediation
 * that escalated from a lower tier: its acceptance and start are not reported again (governance already heard
 * ACCEPTED and MEDIATING from the first tier), only how it ends.
 */
export function transition(status: MediationStatus, action: MediationAction, laterTier: boolean): Transition {
  const rule = MEDIATION_RULES[action];
  if (!rule.from.includes(status)) throw illegalTransition(status, rule.to, 'mediation');
  const quiet = laterTier && (rule.reports === 'ACCEPTED' || rule.reports === 'MEDIATING');
  return { from: status, to: rule.to, report: quiet ? null : rule.reports };
}

