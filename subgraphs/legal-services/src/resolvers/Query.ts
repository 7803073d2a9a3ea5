import type { PageArgs } from '../../../kit/pagination';
import type { RevealFilter } from '../../../kit/pii';
import type { Context } from '../context';
import type { LegalEducationTopic } from '../model';
import type { ConsultationFilter } from '../repositories/ConsultationRepository';
import type { MediatorFilter, OrganizationFilter, WorkstationFilter } from '../repositories/DirectoryRepository';
import type { LegalAidFilter } from '../repositories/LegalAidRepository';
import type { MediationFilter } from '../repositories/MediationRepository';

type ListArgs<F> = PageArgs & { filter?: F | null };

/** Root fields: each one delegates to a scoped repository or a loader. */
export const Query = {
  mediations: (_: unknown, args: ListArgs<MediationFilter>, ctx: Context) => ctx.repos.mediations.list(args.filter, args),
  mediation: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.mediationById.load(args.id),
  mediationOrganizations: (_: unknown, args: ListArgs<OrganizationFilter>, ctx: Context) => ctx.repos.directory.listOrganizations(args.filter, args),
  mediators: (_: unknown, args: ListArgs<MediatorFilter>, ctx: Context) => ctx.repos.directory.listMediators(args.filter, args),
  legalAidApplications: (_: unknown, args: ListArgs<LegalAidFilter>, ctx: Context) => ctx.repos.legalAid.list(args.filter, args),
  legalConsultations: (_: unknown, args: ListArgs<ConsultationFilter>, ctx: Context) => ctx.repos.consultations.list(args.filter, args),
  legalAidWorkstations: (_: unknown, args: ListArgs<WorkstationFilter>, ctx: Context) => ctx.repos.directory.listWorkstations(args.filter, args),
  legalEducationArticles: (_: unknown, args: PageArgs & { topic?: LegalEducationTopic | null }, ctx: Context) => ctx.repos.legalEducation.list(args.topic, args),
  legalEducationArticle: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.articleById.load(args.id),
  legalServicesPersonalDataReveals: (_: unknown, args: ListArgs<RevealFilter>, ctx: Context) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
