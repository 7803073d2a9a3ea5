import type { DemoGrid, DemoWorld } from '../../../../demo/model';
import { createRandom } from '../../../../demo/random';
import type * as M from '../model';
import { planLinkedConsultation, planVillageConsultations } from './consultations';
import { localDate } from './dates';
import { buildDirectory } from './directory';
import { planLegalAid, wantsLegalAid } from './legalAid';
import { planLegalEducation } from './legalEducation';
import { planMediations } from './mediations';

/** Every record the legal-services subgraph holds for a demo world; pure and deterministic. */
export interface LegalServicesData {
  organizations: M.MediationOrganization[];
  mediators: M.Mediator[];
  workstations: M.LegalAidWorkstation[];
  mediations: M.Mediation[];
  agreements: M.MediationAgreement[];
  legalAid: M.LegalAidApplication[];
  consultations: M.LegalConsultation[];
  /** Public legal-education articles (from the seed data file, dated from the world's now). */
  articles: M.LegalEducationArticle[];
}

export function planWorld(world: DemoWorld): LegalServicesData {
  const dir = buildDirectory(world);
  const today = localDate(world.now);
  const data: LegalServicesData = {
    organizations: dir.organizations, mediators: dir.mediators, workstations: dir.workstations,
    mediations: [], agreements: [], legalAid: [], consultations: [], articles: planLegalEducation(world.now),
  };
  for (const referral of world.referrals) {
    const rnd = createRandom(referral.seed);
    if (referral.partner === 'LEGAL_SERVICES') {
      const plan = planMediations(referral, dir, today, rnd);
      data.mediations.push(...plan.mediations);
      if (plan.agreement) data.agreements.push(plan.agreement);
    }
    if (wantsLegalAid(referral, rnd)) data.legalAid.push(planLegalAid(referral, dir, today, rnd));
    if (referral.partner === 'LEGAL_SERVICES') {
      const asked = planLinkedConsultation(referral, dir, world.now, rnd);
      if (asked) data.consultations.push(asked);
    }
  }
  const gridsOf = new Map<string, DemoGrid[]>();
  for (const g of world.city.grids) gridsOf.set(g.regionCode, [...(gridsOf.get(g.regionCode) ?? []), g]);
  for (const village of world.city.regions.filter((r) => r.level === 'VILLAGE')) {
    data.consultations.push(...planVillageConsultations(village, gridsOf.get(village.code) ?? [], dir, world.now));
  }
  return data;
}
