import { DomainError } from '@sanxiang/domain';
import type { Actor } from '../actor.ts';
import { RULES, type Action, type Grant, type Rule } from './rules.ts';

export { RULES, type Action } from './rules.ts';

/** The agency that holds the resource an act touches; `noun` names it in the 404 when the rule's noun does not fit. */
export interface Target {
  agencyId: string;
  noun?: string;
}

type Who = Pick<Actor, 'roles' | 'agencyId' | 'agencyKind' | 'visibleAgencyIds'>;

function grantMatches(actor: Who, g: Grant, target: Target | undefined): boolean {
  if (g.agencyKind && actor.agencyKind !== g.agencyKind) return false;
  if (g.roles !== 'any' && !actor.roles.some((r) => (g.roles as readonly string[]).includes(r))) return false;
  if (!target) return true;
  return g.scope === 'own' ? target.agencyId === actor.agencyId : actor.visibleAgencyIds.has(target.agencyId);
}

type MaybeTarget = Target | { agencyId: string | null | undefined; noun?: string } | undefined;

/** A refusal, as data: what `authorize` would throw. */
export interface Refusal {
  code: 'NOT_FOUND' | 'FORBIDDEN_ROLE';
  message: string;
}

/**
 * The one access decision: null when the rule of `action` allows the act; otherwise NOT_FOUND when
 * the target's agency is outside what the actor may see (R-X-5: its existence is not confirmed —
 * a target whose resource was not found, `agencyId` null, answers the same), FORBIDDEN_ROLE when
 * no grant of the rule matches.
 */
export function decide(actor: Who, action: Action, target?: MaybeTarget): Refusal | null {
  const rule: Rule = RULES[action];
  if (target && (!target.agencyId || !actor.visibleAgencyIds.has(target.agencyId))) {
    return { code: 'NOT_FOUND', message: `${target.noun ?? rule.resource ?? '资源'}不存在` };
  }
  if (rule.grants.some((g) => grantMatches(actor, g, target as Target | undefined))) return null;
  return { code: 'FORBIDDEN_ROLE', message: rule.denied };
}

/** Throws the refusal of `decide` as a DomainError (404 or 403); routes and services call this. */
export function authorize(actor: Who, action: Action, target?: MaybeTarget): void {
  const refusal = decide(actor, action, target);
  if (refusal) throw new DomainError(refusal.code, refusal.message);
}

/**
 * The agencies whose data `action` covers for the actor, for list queries: the union over the
 * rule's grants that match the actor — its own agency for an 'own' grant, every agency it may see
 * for a 'visible' one. Empty when no grant matches. Never empty for a read (`*.read`): the actor's
 * own agency is always visible.
 */
export function agenciesFor(actor: Who, action: Action): string[] {
  const rule: Rule = RULES[action];
  const out = new Set<string>();
  for (const g of rule.grants) {
    if (!grantMatches(actor, g, undefined)) continue;
    if (g.scope === 'own') out.add(actor.agencyId);
    else for (const a of actor.visibleAgencyIds) out.add(a);
  }
  return [...out];
}
