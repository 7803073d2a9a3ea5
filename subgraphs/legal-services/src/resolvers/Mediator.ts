import type { Context } from '../context';
import type { Mediator as MediatorRecord } from '../model';

/**
 * The public directory (mediators, organizations, workstations) holds staff and office contact data — a mediator's
 * registered name and work phone, an office's address and public phone — not a citizen's personal data: it stays clear.
 */
export const Mediator = {
  organization: (m: MediatorRecord, _: unknown, ctx: Context) => ctx.loaders.organizationById.load(m.organizationId),
};
