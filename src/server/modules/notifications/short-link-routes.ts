import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { normalizeTicket } from '../../../domain/intake/ticket';
import { surveyLink } from '../../../domain/survey/offer';
import { z } from '../../../domain/zod';
import type { AppDeps } from '../../app-deps';
import { cases } from '../cases/tables';
import { offices } from '../offices/tables';

/**
 * The short links notices carry (`/t/<ticket>`, `/t/<ticket>/s` for the survey), so an SMS with its
 * link stays one message: each redirects to the office's tracking page. A ticket is all they hold.
 */
export const shortLinkRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const redirect = async (rawTicket: string, survey: boolean): Promise<string> => {
    const ticket = normalizeTicket(rawTicket);
    const [found] = ticket
      ? await db
          .select({ slug: offices.slug })
          .from(cases)
          .innerJoin(offices, eq(offices.id, cases.officeId))
          .where(eq(cases.ticket, ticket))
      : [];
    // An unknown ticket still lands on the site, where the tracking page says it was not found.
    if (!found || !ticket) return '/';
    const tracking = `/${found.slug}/lacak?tiket=${encodeURIComponent(ticket)}`;
    return survey ? surveyLink(tracking) : tracking;
  };
  const options = {
    config: { access: 'public' as const, rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { hide: true, params: z.object({ ticket: z.string().max(20) }) },
  };
  app.get('/t/:ticket', options, async (request, reply) =>
    reply.redirect(await redirect(request.params.ticket, false), 302),
  );
  app.get('/t/:ticket/s', options, async (request, reply) =>
    reply.redirect(await redirect(request.params.ticket, true), 302),
  );
};
