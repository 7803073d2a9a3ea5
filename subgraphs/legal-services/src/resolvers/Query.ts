import type { QueryResolvers } from '../generated/graphql';

/** Root fields: each one delegates to a scoped repository or a loader. */
export const Query: QueryResolvers = {
  mediations: (_, args, ctx) => ctx.repos.mediations.list(args.filter, args),
  mediation: (_, args, ctx) => ctx.loaders.mediationById.load(args.id),
  mediationOrganizations: (_, args, ctx) => ctx.repos.directory.listOrganizations(args.filter, args),
  mediators: (_, args, ctx) => ctx.repos.directory.listMediators(args.filter, args),
  legalAidApplications: (_, args, ctx) => ctx.repos.legalAid.list(args.filter, args),
  legalConsultations: (_, args, ctx) => ctx.repos.consultations.list(args.filter, args),
  legalAidWorkstations: (_, args, ctx) => ctx.repos.directory.listWorkstations(args.filter, args),
  legalEducationArticles: (_, args, ctx) => ctx.repos.legalEducation.list(args.topic, args),
  legalEducationArticle: (_, args, ctx) => ctx.loaders.articleById.load(args.id),
  legalServicesPersonalDataReveals: (_, args, ctx) => ctx.repos.revealAudit.list(args.filter ?? {}, args),
};
