/** The four partner centers, their subgraphs and their referral-intake mutations (the contract with each partner). */
export type PartnerCenter = 'COURT' | 'PETITION' | 'LEGAL_SERVICES' | 'PROCURATORATE';

export const PARTNER_SUBGRAPH: Record<PartnerCenter, string> = {
  COURT: 'court',
  PETITION: 'petition',
  LEGAL_SERVICES: 'legal-services',
  PROCURATORATE: 'procuratorate',
};

const INTAKE: Record<PartnerCenter, [field: string, input: string]> = {
  COURT: ['receiveCourtReferral', 'CourtReferralIntake'],
  PETITION: ['receivePetitionReferral', 'PetitionReferralIntake'],
  LEGAL_SERVICES: ['receiveLegalServicesReferral', 'LegalServicesReferralIntake'],
  PROCURATORATE: ['receiveProcuratorateReferral', 'ProcuratorateReferralIntake'],
};

/** The GraphQL document governance's outbox sends to a partner for one referral. */
export function intakeMutation(partner: PartnerCenter): string {
  const [field, input] = INTAKE[partner];
  return `mutation Referral($input: ${input}!) { ${field}(input: $input) { id } }`;
}

export function isPartner(value: string): value is PartnerCenter {
  return value in PARTNER_SUBGRAPH;
}

/** Which partner subgraph may report progress for which partner center. */
export const SUBGRAPH_PARTNER: Record<string, PartnerCenter> = Object.fromEntries(Object.entries(PARTNER_SUBGRAPH).map(([p, s]) => [s, p as PartnerCenter]));
