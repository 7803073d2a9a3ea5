import type { Knex } from 'knex';
import { notFound } from '../../../kit/errors';
import { checkRevealRequest, recordReveal, revealedValues, type RevealRecord } from '../../../kit/pii';
import type { Viewer } from '../../../kit/viewer';
import { identityWithheld } from '../domain/privacy';
import { AppealRepository } from '../repositories/AppealRepository';
import { toParty } from '../repositories/rows';

export interface RevealResult {
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  audit: RevealRecord;
}

/**
 * Reveal an appeal party's personal data in clear for a stated purpose. One transaction: the party is read only
 * through an appeal the viewer may see, a whistle-blower's identity withheld from the viewer stays NOT_FOUND, and
 * the audit record is written before anything is returned. Nothing is written when anything fails.
 */
export async function revealAppealParty(db: Knex, viewer: Viewer, maxPageSize: number, partyId: string, fields: unknown, purpose: unknown, requestId: string): Promise<RevealResult> {
  const request = checkRevealRequest(viewer, fields, purpose);
  return db.transaction(async (trx) => {
    const row = await trx('parties').where({ id: String(partyId) }).first();
    if (!row) throw notFound('Party');
    const party = toParty(row);
    const [appeal] = await new AppealRepository(trx, viewer, maxPageSize).byIds([party.appealId]);
    if (!appeal) throw notFound('Party');
    if ((party.role === 'APPLICANT' || party.role === 'REPRESENTATIVE') && identityWithheld(viewer, appeal)) throw notFound('Party');
    const audit = await recordReveal(trx, viewer, { type: 'APPEAL_PARTY', id: party.id, regionCode: appeal.regionCode }, request, requestId);
    return { ...revealedValues(party, request.fields), audit };
  });
}
