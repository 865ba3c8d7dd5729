import type { Role } from '@sanxiang/domain';

/** Who is acting, and what they may see (R-X-5). Built once per session, never from the request body. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  agencyId: string;
  agencyKind: 'enforcement' | 'justice';
  unitId: string | null;
  /** agencies whose data this actor may see: own and subordinate agencies, or a 司法局's region */
  visibleAgencyIds: ReadonlySet<string>;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** routes that need no sign-in */
    public?: boolean;
  }
}
