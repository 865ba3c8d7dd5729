import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { Findings } from '../verify/verify-report.ts';
import { verifyPublications } from '../verify/verify-publications.ts';
import { loadCaseFacts, redactionContext } from './publication.source.ts';

/**
 * R-PUB-4, issue 19: the case file knows whom the officers questioned (the 被询问人 of each 询问笔录).
 * Those are natural persons: from rule set 2026.2 on the platform tells the redaction engine, so their
 * names are hidden wherever the decision names them — even where no title, list or bracket says they
 * are persons. The organisation's legal representative questioned for it stays public; older rule
 * sets re-derive with what they were told (verify passes).
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);

describe('R-PUB-4 the persons questioned in the case are hidden in its published decision (issue 19)', () => {
  it('a questioned employee named without any cue is hidden; the questioned legal representative stays; verify passes', async () => {
    h.clock.set('2026-09-25T02:00:00Z');
    const caseId = await readyPenaltyCase(h, { moreInquiries: ['邵春燕'] });
    const facts = (await loadCaseFacts(h.tdb.db, caseId))!;
    // 钱立新 is the company's 法定代表人 (public), 邵春燕 the shop assistant questioned after him
    expect(facts.interviewed.map((p) => p.name)).toEqual(['钱立新', '邵春燕']);
    expect(redactionContext(facts).protectedPersons).toEqual(['邵春燕']);
    // only those questioned before the decision: none before the first 询问
    expect(redactionContext(facts, facts.interviewed[0]!.seq).protectedPersons).toBeUndefined();

    h.clock.set('2026-09-28T02:00:00Z');
    const decision = {
      decisionType: 'penalty',
      facts: '经查，当事人将过期酸奶交由邵春燕上架，后销售给顾客。法定代表人钱立新对上述事实无异议。',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
      penalty: '罚款 5000 元',
      fineAmount: 5000,
    };
    expect((await propose(h, 'scjg.liming', caseId, penaltyProposal(5000, { decision }))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
    const d = await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
    expect(d.statusCode, d.body).toBe(200);
    const doc = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    expect(doc.statusCode, doc.body).toBe(201);

    const items = (await as('scjg.gongshi', 'GET', '/api/v1/publications')).json().items as { id: string; caseId: string }[];
    const pubId = items.find((i) => i.caseId === caseId)!.id;
    const why = `?reason=${encodeURIComponent('公示前核对脱敏结果')}`;
    const p = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/preview${why}`, {});
    expect(p.statusCode, p.body).toBe(200);
    const preview = p.json() as { original: string; published: string };
    expect(preview.original).toContain('交由邵春燕上架');
    expect(preview.published).toContain('交由邵某某上架');
    expect(preview.published).toContain('法定代表人钱立新');

    const pub = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/publish${why}`, {});
    expect(pub.statusCode, pub.body).toBe(200);
    const f = new Findings();
    await verifyPublications(h.tdb.db, f);
    expect(f.problems).toEqual([]);
  });
});
