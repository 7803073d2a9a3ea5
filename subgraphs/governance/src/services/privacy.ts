import type { Knex } from 'knex';
import { checkRevealRequest, revealInTransaction, type Revealed } from '../../../kit/pii';
import type { Viewer } from '../../../kit/viewer';
import { identityWithheld } from '../domain/privacy';
import { AppealRepository } from '../repositories/AppealRepository';
import { toParty } from '../repositories/rows';

export type RevealResult = Revealed;

/**
 * Reveal an appeal party's personal data in clear for a stated purpose (kit's `revealInTransaction`): the party is
 * read only through an appeal the viewer may see, and a whistle-blower's identity withheld from the viewer stays
 * NOT_FOUND. Nothing is written when anything fails.
 */
export async function revealAppealParty(db: Knex, viewer: Viewer, maxPageSize: number, partyId: string, fields: unknown, purpose: unknown, requestId: string): Promise<RevealResult> {
  const request = checkRevealRequest(viewer, fields, purpose);
  return revealInTransaction(db, viewer, request, requestId, 'Party', async (trx) => {
    const row = await trx('parties').where({ id: String(partyId) }).first();
    if (!row) return null;
    const party = toParty(row);
    const [appeal] = await new AppealRepository(trx, viewer, maxPageSize).byIds([party.appealId]);
    if (!appeal) return null;
    if ((party.role === 'APPLICANT' || party.role === 'REPRESENTATIVE') && identityWithheld(viewer, appeal)) return null;
    return { type: 'APPEAL_PARTY', id: party.id, regionCode: appeal.regionCode, data: party };
  });
}
