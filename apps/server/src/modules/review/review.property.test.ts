import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { canonicalJson } from '@sanxiang/domain';
import { createHarness, type Harness } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../../demo/demo-org.ts';
import { ALL_PASS, SUBMISSION, penaltyProposal, readyPenaltyCase } from '../../test/review.ts';

/**
 * R-REV-2, R-REV-3 through the real server and database: random sequences of review acts and
 * decisions by random people, after which the database must hold no decision without a clearance
 * of its exact final version and no person in two of the roles handler, reviewer, approver.
 * (The domain's own property test drives thousands of sequences; this one checks what is stored.)
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-08-03T02:00:00Z' });
  // someone who is both head and reviewer: the separation rules must keep them to one role per case
  const admin = await h.token('scjg.admin');
  const units = (await h.request(admin, 'GET', `/api/v1/agencies/${h.agency('scjg')}`)).json().units as { id: string; name: string }[];
  const r = await h.request(admin, 'POST', '/api/v1/users', {
    agencyId: h.agency('scjg'),
    unitId: units.find((u) => u.name === '法制科')!.id,
    username: 'scjg.fujuzhang',
    displayName: '何志远',
    roles: ['head', 'reviewer'],
    password: DEMO_PASSWORD,
    legalQualification: true,
    reviewerQualified: true,
  });
  expect(r.statusCode, r.body).toBe(201);
});
afterAll(async () => h?.close());

const PEOPLE = ['scjg.liming', 'scjg.wangfang', 'scjg.chenjing', 'scjg.juzhang', 'scjg.fujuzhang'] as const;
type Person = (typeof PEOPLE)[number];

type Act =
  | { kind: 'propose'; by: Person; fine: number }
  | { kind: 'submit'; by: Person }
  | { kind: 'opinion'; by: Person; agree: boolean; stale: boolean }
  | { kind: 'disagree'; by: Person }
  | { kind: 'discuss'; by: Person; proceed: boolean; agreeVotes: number }
  | { kind: 'decide'; by: Person; altered: boolean };

const person = fc.constantFrom(...PEOPLE);
// anyone may try anything, but reviewers try reviewing and heads try deciding more often, so that
// many sequences reach a decision and many refusals are of people in the wrong role
const likelyReviewer = fc.constantFrom<Person>('scjg.chenjing', 'scjg.chenjing', 'scjg.fujuzhang', 'scjg.liming', 'scjg.juzhang');
const likelyHead = fc.constantFrom<Person>('scjg.juzhang', 'scjg.juzhang', 'scjg.fujuzhang', 'scjg.chenjing', 'scjg.liming');
const rarely = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);
const act: fc.Arbitrary<Act> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('propose' as const), by: person, fine: fc.constantFrom(3000, 4000, 5000) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('submit' as const), by: person }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('opinion' as const), by: likelyReviewer, agree: fc.boolean(), stale: rarely }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('disagree' as const), by: person }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('discuss' as const),
      by: likelyHead,
      proceed: fc.boolean(),
      agreeVotes: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('decide' as const), by: likelyHead, altered: rarely }), weight: 3 },
);

async function perform(caseId: string, a: Act): Promise<number> {
  const token = await h.token(a.by);
  const url = `/api/v1/cases/${caseId}`;
  switch (a.kind) {
    case 'propose':
      return (await h.request(token, 'POST', `${url}/review/proposals`, penaltyProposal(a.fine))).statusCode;
    case 'submit':
      return (await h.request(token, 'POST', `${url}/review/submissions`, SUBMISSION)).statusCode;
    case 'opinion': {
      const review = (await h.request(token, 'GET', `${url}/review`)).json();
      const pending = review.rounds?.find((r: { status: string }) => r.status === 'pending');
      const hash = a.stale || !pending ? 'cd'.repeat(32) : pending.materialsSha256;
      const answers = a.agree
        ? ALL_PASS
        : ALL_PASS.map((x) => (x.point === 'facts' ? { ...x, result: 'problem' as const, comment: '事实不清' } : x));
      return (
        await h.request(token, 'POST', `${url}/review/opinions`, {
          materialsSha256: hash,
          answers,
          conclusion: a.agree ? 'agree' : 'problems',
          opinion: a.agree ? '同意。' : '事实不清。',
        })
      ).statusCode;
    }
    case 'disagree':
      return (await h.request(token, 'POST', `${url}/review/disagreement`, { reason: '承办人认为事实清楚。' })).statusCode;
    case 'discuss':
      return (
        await h.request(token, 'POST', `${url}/review/discussions`, {
          heldOn: '2026-08-03',
          recorder: '孙丽',
          participants: ['甲', '乙', '丙'].map((n, i) => ({
            name: n,
            post: '班子成员',
            opinion: '意见。',
            vote: i < a.agreeVotes ? 'agree' : 'disagree',
          })),
          conclusion: a.proceed ? '按拟作出的决定作出。' : '退回修改。',
          outcome: a.proceed ? 'decide-as-proposed' : 'revise',
        })
      ).statusCode;
    case 'decide':
      return (
        await h.request(token, 'POST', `${url}/steps`, { step: 'decide', inputs: a.altered ? { ...penaltyProposal(4500).decision } : {} })
      ).statusCode;
  }
}

/** What the database holds about the case must satisfy the gate and the separation of duties. */
async function checkInvariants(caseId: string): Promise<boolean> {
  const decisions = await sql<{
    actor_id: string;
    inputs: Record<string, unknown> & { review?: { clearanceId: string; proposalVersion: number; proposalSha256: string } };
  }>`
    SELECT actor_id, inputs FROM case_events WHERE case_id = ${caseId} AND kind = 'case.step' AND step = 'decide'`.execute(h.tdb.db);
  expect(decisions.rows.length).toBeLessThanOrEqual(1);
  const d = decisions.rows[0];
  if (!d) return false;
  const latest = await h.tdb.db
    .selectFrom('case_proposals')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const clearance = await h.tdb.db
    .selectFrom('review_clearances')
    .selectAll()
    .where('id', '=', d.inputs.review!.clearanceId)
    .executeTakeFirstOrThrow();
  // the exact final version, by number and by hash, and the decision is what it proposed
  expect(clearance.case_id).toBe(caseId);
  expect(clearance.proposal_version).toBe(latest.version);
  expect(d.inputs.review!.proposalVersion).toBe(latest.version);
  expect(d.inputs.review!.proposalSha256).toBe(latest.proposal_hash.toString('hex'));
  const { review: _, ...decided } = d.inputs;
  expect(canonicalJson(decided)).toBe(canonicalJson((latest.proposal as { decision: unknown }).decision));
  // its basis is on record: an agreeing opinion on that version, or a 集体讨论 deciding it
  if (clearance.basis === 'review-passed') {
    const agreed = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM review_opinions o JOIN review_rounds r ON r.id = o.round_id
      WHERE r.case_id = ${caseId} AND r.proposal_version = ${latest.version} AND o.conclusion = 'agree'`.execute(h.tdb.db);
    expect(agreed.rows[0]!.n).toBe(1);
  } else {
    expect(clearance.basis).toBe('collective');
    const held = await h.tdb.db
      .selectFrom('collective_discussions')
      .select('id')
      .where('case_id', '=', caseId)
      .where('proposal_version', '=', latest.version)
      .where('outcome', '=', 'decide-as-proposed')
      .execute();
    expect(held.length).toBeGreaterThanOrEqual(1);
  }
  // 办、审、定分离: handlers (officers, proposers, submitters), reviewers and the decider are disjoint
  const handlers = new Set([
    ...(await h.tdb.db.selectFrom('case_officers').select('user_id').where('case_id', '=', caseId).execute()).map((r) => r.user_id),
    ...(await h.tdb.db.selectFrom('case_proposals').select('created_by').where('case_id', '=', caseId).execute()).map((r) => r.created_by),
    ...(await h.tdb.db.selectFrom('review_rounds').select('submitted_by').where('case_id', '=', caseId).execute()).map(
      (r) => r.submitted_by,
    ),
  ]);
  const reviewers = new Set(
    (await h.tdb.db.selectFrom('review_opinions').select('reviewer_id').where('case_id', '=', caseId).execute()).map((r) => r.reviewer_id),
  );
  for (const r of reviewers) expect(handlers.has(r)).toBe(false);
  expect(handlers.has(d.actor_id)).toBe(false);
  expect(reviewers.has(d.actor_id)).toBe(false);
  return true;
}

describe('R-REV-2, R-REV-3 random sequences through the API', () => {
  it('no stored decision lacks a clearance of its exact final version, and no person holds two roles', async () => {
    let decided = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(act, { minLength: 4, maxLength: 14 }), async (acts) => {
        const caseId = await readyPenaltyCase(h);
        // a first proposal and submission by the handler make the interesting paths likely
        const seq: Act[] = [{ kind: 'propose', by: 'scjg.liming', fine: 5000 }, { kind: 'submit', by: 'scjg.liming' }, ...acts];
        for (const a of seq) {
          const status = await perform(caseId, a);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(status, JSON.stringify(a)).toBeLessThan(500);
        }
        if (await checkInvariants(caseId)) decided++;
      }),
      { numRuns: 80, seed: 20261122 },
    );
    // the run exercised both outcomes: decisions made, and refusals
    expect(decided).toBeGreaterThan(0);
    expect(statuses.get(403) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(409) ?? 0).toBeGreaterThan(0);
    console.log(`API property run: 80 sequences, ${decided} decided; responses by status ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 240_000);
});
