import type { DemoGrid, DemoReferral, DemoRegion } from '../../../../demo/model';
import { createRandom, hashSeed, type Random } from '../../../../demo/random';
import type { ConsultationChannel, LegalConsultation } from '../model';
import { addHours } from './dates';
import type { Directory } from './directory';
import { questionsFor } from './texts';

const CHANNELS: [ConsultationChannel, number][] = [['ONLINE', 6], ['HOTLINE_12348', 3], ['WORKSTATION', 1]];

function consultation(id: string, rnd: Random, dir: Directory, at: { regionCode: string; gridCode: string | null; appealId: string | null; askedAt: string; category: string | null }, now: string): LegalConsultation {
  const channel = rnd.weighted(CHANNELS);
  const [question, answer] = rnd.pick(questionsFor(at.category));
  const stations = dir.workstationsOf.get(`${at.regionCode.slice(0, 9)}000`) ?? [];
  const workstationId = channel === 'WORKSTATION' && stations.length ? rnd.pick(stations).id : null;
  const answeredAt = addHours(at.askedAt, channel === 'ONLINE' ? rnd.int(1, 30) : 0.25);
  const answered = answeredAt <= now;
  return {
    id, appealId: at.appealId, regionCode: at.regionCode, gridCode: at.gridCode, workstationId,
    channel: workstationId || channel !== 'WORKSTATION' ? channel : 'HOTLINE_12348',
    question, answer: answered ? answer : null, askedAt: at.askedAt, answeredAt: answered ? answeredAt : null,
  };
}

/** A consultation that preceded a LEGAL_SERVICES referral (the citizen asked first), for about a third of them. */
export function planLinkedConsultation(referral: DemoReferral, dir: Directory, now: string, rnd: Random): LegalConsultation | null {
  if (!rnd.chance(0.35)) return null;
  const askedAt = addHours(referral.referredAt, -rnd.int(2, 96));
  return consultation(`LC-${referral.dispatchId}`, rnd, dir, { regionCode: referral.regionCode, gridCode: referral.gridCode, appealId: referral.appealId, askedAt, category: referral.category }, now);
}

/** Questions not tied to any appeal: 0..4 per village over the past year, seeded by the village code. */
export function planVillageConsultations(village: DemoRegion, grids: DemoGrid[], dir: Directory, now: string): LegalConsultation[] {
  const rnd = createRandom(hashSeed(`legal-services:consultations:${village.code}`));
  const out: LegalConsultation[] = [];
  for (let n = rnd.int(0, 4), i = 1; i <= n; i++) {
    const askedAt = new Date(Date.parse(now) - rnd.int(3600, 365 * 86_400) * 1000).toISOString();
    const grid = grids.length ? rnd.pick(grids).code : null;
    out.push(consultation(`LC-${village.code}-${i}`, rnd, dir, { regionCode: village.code, gridCode: grid, appealId: null, askedAt, category: rnd.chance(0.5) ? null : rnd.pick(['LABOUR', 'FAMILY', 'PROPERTY', 'NEIGHBOUR', 'FINANCE']) }, now));
  }
  return out;
}
