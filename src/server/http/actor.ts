import type { Role } from '../../domain/auth/roles';

/** The signed-in staff member a request acts for, as read from the session: never from the client. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  officeId: string;
  officeCode: string;
  officeSlug: string;
  officeName: string;
  officeTimeZone: string;
  /** Set for district operators: everything they see is narrowed to this kecamatan. */
  districtCode: string | null;
  mustChangePassword: boolean;
  sessionTokenHash: string;
  csrfToken: string;
}

/** Who may call a route: anyone, or signed-in staff holding one of the roles. */
export type RouteAccess = 'public' | readonly Role[];

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Lets a user whose password must change still reach this route (login, password change). */
    allowPendingPasswordChange?: boolean;
  }
}

/** The actor of a route that declared staff access; the access hook guarantees one is there. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Error('route declared staff access but no actor was resolved');
  return actor;
}
