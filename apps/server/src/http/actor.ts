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
  /**
   * Set when the case's 当事人 acts online (当事人专区): userId is then the agency's party-channel
   * user, and the party's own steps are the only ones it may take.
   */
  party?: { partyId: string; name: string; accessId: string; caseId: string } | undefined;
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
