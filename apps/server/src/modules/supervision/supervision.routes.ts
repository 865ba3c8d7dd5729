import type { Static } from '@sinclair/typebox';
import { chinaDate, type WorkingCalendar } from '@sanxiang/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import { caseFigures } from '../cases/case.figures.ts';
import { reviewFigures } from '../review/review.figures.ts';
import { publicationFigures } from '../publications/publication.figures.ts';
import { staffing } from '../review/review.staffing.ts';
import { evaluationFigures } from '../evaluation/evaluation.figures.ts';
import { agencyNames, enforcementAgenciesAmong } from '../org/org.queries.ts';
import { Overview } from './supervision.schemas.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

export interface SupervisionDeps {
  db: Kysely<Database>;
  clock: Clock;
  calendar: () => WorkingCalendar;
}

/**
 * 执法监督 (R-X-3): every enforcement agency in the actor's scope — the 司法局's region, or a head's
 * own agency and those under it — with its cases by state, open cases past a time limit, pending
 * and overdue reviews, late publications, reviewer staffing and the latest 案卷评查 result. Figures are counted, never stored.
 */
export async function overview(deps: SupervisionDeps, actor: Actor): Promise<Static<typeof Overview>> {
  authorize(actor, 'supervision.read');
  const today = chinaDate(deps.clock.now());
  const agencies = await enforcementAgenciesAmong(deps.db, agenciesFor(actor, 'supervision.read'));
  const ids = agencies.map((a) => a.id);
  const [cases, reviews, publications, staff, evaluations] = await Promise.all([
    caseFigures(deps.db, ids, today),
    reviewFigures(deps.db, ids, today),
    publicationFigures(deps.db, ids, today),
    staffing(deps, actor),
    evaluationFigures(deps.db, ids),
  ]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const parentIds = [...new Set(agencies.map((a) => a.parent_id).filter((p): p is string => p !== null && !names.has(p)))];
  const parents = await agencyNames(deps.db, parentIds);
  const staffingOf = (id: string, parentId: string | null) => {
    const own = staff.find((s) => s.agencyId === id);
    if (own)
      return {
        officers: own.officers,
        reviewers: own.reviewers,
        ratio: own.ratio,
        required: own.required,
        flagged: own.flagged,
        reviewedBy: null,
      };
    // reviewed by another agency's 法制审核机构 (a 派出机构's parent), which may be outside the viewer's scope
    const by =
      staff.find((s) => s.covers.includes(names.get(id) ?? ''))?.agencyName ??
      (parentId ? (names.get(parentId) ?? parents.get(parentId)) : undefined);
    return by ? { officers: 0, reviewers: 0, ratio: null, required: 0, flagged: false, reviewedBy: by } : null;
  };
  const rows = agencies.map((a) => ({
    agency: { id: a.id, name: a.name, parentId: a.parent_id, creditCode: a.credit_code },
    cases: cases.get(a.id)!,
    reviews: reviews.get(a.id)!,
    publications: publications.get(a.id)!,
    staffing: staffingOf(a.id, a.parent_id),
    evaluation: evaluations.get(a.id)!,
  }));
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  return {
    today,
    agencies: rows,
    totals: {
      cases: sum((r) => r.cases.total),
      openCases: sum((r) => r.cases.open),
      overdueCases: sum((r) => r.cases.overdue),
      pendingReviews: sum((r) => r.reviews.pending),
      overdueReviews: sum((r) => r.reviews.overdue),
      reviewOverrides: sum((r) => r.reviews.overrides),
      pendingPublications: sum((r) => r.publications.pending),
      overduePublications: sum((r) => r.publications.overdue),
      publishedLate: sum((r) => r.publications.publishedLate),
      staffingFlagged: sum((r) => (r.staffing?.flagged ? 1 : 0)),
    },
  };
}

export function registerSupervisionRoutes(app: App, deps: SupervisionDeps): void {
  app.get('/api/v1/supervision/overview', {
    schema: {
      tags: ['执法监督 supervision'],
      summary: '执法监督概览：可见范围内各执法机关的案件（按状态）、超期案件、法制审核待办与逾期、公示逾期与迟延、审核人员配备',
      response: { 200: Overview, ...errors(403) },
    },
    handler: async (req) => overview(deps, actorOf(req)),
  });
}
