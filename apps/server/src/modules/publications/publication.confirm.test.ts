import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEFAULT_REDACTION_RULES, REDACTION_RULES_2025_1, redact, ruleSetDigest } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../../test/review.ts';
import { Findings } from '../verify/verify-report.ts';
import { verifyPublications } from '../verify/verify-publications.ts';
import { loadCaseFacts, redactionContext } from './publication.source.ts';
import { versionStillDerives } from './publication.version.ts';

/**
 * 请确认 (R-PUB-4): where the engine is not sure a span is personal data (a name followed by a speech
 * verb with no role word before it) it hides the span and asks. The 公示管理员 decides — 确认隐去 or
 * 公开 with a reason — and nothing is published or corrected while anything is undecided. The decisions
 * are marks of the version, sealed with its act, and every re-derivation passes them with the rule set
 * the version was published under.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
});
afterAll(async () => h?.close());

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  h.request(await h.token(username), method, url, body);
const why = `?reason=${encodeURIComponent('公示前核对脱敏结果')}`;

/** The phrase that makes the engine unsure: 巩立新 speaks, no role word names him. */
const FACTS = '经查，巩立新称该批货物系其代为保管。当事人销售过期食品。';
const NAME = '巩立新';

/** A decided 一般程序 penalty whose 决定书 states FACTS, the document issued; its pending publication id. */
async function decidedWithUncertainName(): Promise<{ caseId: string; pubId: string }> {
  h.clock.set('2026-09-25T02:00:00Z');
  const caseId = await readyPenaltyCase(h);
  h.clock.set('2026-09-28T02:00:00Z');
  const decision = {
    decisionType: 'penalty',
    facts: FACTS,
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
  return { caseId, pubId: items.find((i) => i.caseId === caseId)!.id };
}

type Item = { where: string; whereName: string; start: number; end: number; text: string; rule: string; label: string };
type Preview = {
  original: string;
  published: string;
  redactions: { start: number; end: number; uncertain?: boolean; confirmed?: string }[];
  fieldRedactions: Record<string, { start: number; end: number; uncertain?: boolean; confirmed?: string }[]>;
  fields: { code: string; original: string | null; published: string | null }[];
  kept: { start: number; end: number; why: string }[];
  unconfirmed: { count: number; items: Item[] };
};

async function preview(pubId: string, body: Record<string, unknown> = {}): Promise<Preview> {
  const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${pubId}/preview${why}`, body);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** One decision per place the name is still unconfirmed: on the full text and on each field. */
function decisions(p: Preview, confirm: 'hide' | 'publish', reason: string) {
  const mark = (u: Item) => ({ start: u.start, end: u.end, reason, confirm });
  const body = p.unconfirmed.items
    .filter((u) => u.where === 'body')
    .slice(0, 1)
    .map(mark);
  const fieldMarks: Record<string, ReturnType<typeof mark>[]> = {};
  for (const u of p.unconfirmed.items) if (u.where !== 'body' && !fieldMarks[u.where]) fieldMarks[u.where] = [mark(u)];
  return { marks: body, fieldMarks };
}

async function stored(pubId: string) {
  return h.tdb.db.selectFrom('publication_versions').selectAll().where('publication_id', '=', pubId).orderBy('version').execute();
}

async function verifyFindings() {
  const f = new Findings();
  await verifyPublications(h.tdb.db, f);
  return f.problems;
}

describe('R-PUB-4 请确认: the publisher decides what the engine was unsure of', () => {
  let hideCase: { caseId: string; pubId: string };
  let publishCase: { caseId: string; pubId: string };

  it('R-PUB-4 请确认: an uncertain name is hidden and listed as unconfirmed in the preview, in the full text and in the free-text fields, and on the preview page', async () => {
    hideCase = await decidedWithUncertainName();
    const p = await preview(hideCase.pubId);
    const at = p.original.indexOf(NAME);
    expect(at).toBeGreaterThan(0);
    // hidden until decided, and marked uncertain
    expect(p.published).not.toContain(NAME);
    expect(p.published).toContain('巩某某');
    expect(p.redactions.find((r) => r.start === at)).toMatchObject({ end: at + 3, uncertain: true });
    const body = p.unconfirmed.items.filter((u) => u.where === 'body');
    expect(body[0]).toEqual({
      where: 'body',
      whereName: '决定书全文',
      start: at,
      end: at + 3,
      text: NAME,
      rule: 'person-name',
      label: '自然人姓名',
    });
    // the free-text field with the facts asks too
    const inFields = p.unconfirmed.items.filter((u) => u.where !== 'body');
    expect(inFields.length).toBeGreaterThan(0);
    for (const u of inFields) {
      expect(u.text).toBe(NAME);
      expect(p.fields.find((f) => f.code === u.where)!.published).not.toContain(NAME);
      expect(p.fieldRedactions[u.where]!.find((r) => r.start === u.start)).toMatchObject({ uncertain: true });
    }
    expect(p.unconfirmed.count).toBe(p.unconfirmed.items.length);
    const page = await h.request(await h.token('scjg.gongshi'), 'GET', `/api/v1/publications/${hideCase.pubId}/preview${why}`, undefined, {
      accept: 'text/html',
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`请确认（${p.unconfirmed.count} 处）`);
    expect(page.body).toContain(`决定书全文 第 ${at}–${at + 3} 字「${NAME}」：自然人姓名`);
    expect(page.body).toContain('<mark class="confirm" title="自然人姓名（请确认）">');
  });

  it('R-PUB-4 请确认: publishing is refused with 409 REDACTION_UNCONFIRMED naming the count and the first item while anything is undecided, and nothing is stored', async () => {
    const p = await preview(hideCase.pubId);
    const events = async () =>
      (await h.tdb.db.selectFrom('publication_events').select('seq').where('publication_id', '=', hideCase.pubId).execute()).length;
    const before = await events();
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${hideCase.pubId}/publish`, {});
    expect(r.statusCode, r.body).toBe(409);
    expect(errorCode(r)).toBe('REDACTION_UNCONFIRMED');
    const message = r.json().error.message as string;
    expect(message).toContain(`尚有 ${p.unconfirmed.count} 处待确认的脱敏内容：决定书全文「${NAME}」（自然人姓名）`);
    expect(message).toMatch(/请逐项确认隐去或公开$/);
    // deciding the full text only is not enough: the fields still ask
    const half = decisions(p, 'hide', '确认为个人信息');
    const partly = await as('scjg.gongshi', 'POST', `/api/v1/publications/${hideCase.pubId}/publish`, { marks: half.marks });
    expect(partly.statusCode).toBe(409);
    expect(errorCode(partly)).toBe('REDACTION_UNCONFIRMED');
    expect(await stored(hideCase.pubId)).toEqual([]);
    expect(await events()).toBe(before);
    const rec = (await as('scjg.gongshi', 'GET', `/api/v1/publications/${hideCase.pubId}`)).json();
    expect(rec).toMatchObject({ state: 'pending', version: 0 });
    expect(await h.tdb.db.selectFrom('public_decisions').select('id').where('id', '=', hideCase.pubId).executeTakeFirst()).toBeUndefined();
  });

  it('R-PUB-4 请确认: a decision where nothing is uncertain is refused with 400 REDACTION_INVALID', async () => {
    const p = await preview(hideCase.pubId);
    const at = p.original.indexOf('销售过期食品');
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${hideCase.pubId}/preview${why}`, {
      marks: [{ start: at, end: at + 6, reason: '确认为个人信息', confirm: 'hide' }],
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(errorCode(r)).toBe('REDACTION_INVALID');
    const pub = await as('scjg.gongshi', 'POST', `/api/v1/publications/${hideCase.pubId}/publish`, {
      marks: [{ start: at, end: at + 6, reason: '确认为个人信息', confirm: 'publish' }],
    });
    expect(pub.statusCode).toBe(400);
    expect(errorCode(pub)).toBe('REDACTION_INVALID');
    // a confirm the schema does not know is refused too
    const odd = await as('scjg.gongshi', 'POST', `/api/v1/publications/${hideCase.pubId}/preview${why}`, {
      marks: [{ start: at, end: at + 6, reason: 'x', confirm: 'maybe' }],
    });
    expect(odd.statusCode).toBe(400);
    expect(await stored(hideCase.pubId)).toEqual([]);
  });

  it('R-PUB-4 请确认: 确认隐去 publishes the name masked; the decisions are stored with the version and sealed in its act', async () => {
    const p = await preview(hideCase.pubId);
    const d = decisions(p, 'hide', '确认为个人信息');
    const decided = await preview(hideCase.pubId, d);
    expect(decided.unconfirmed).toEqual({ count: 0, items: [] });
    expect(decided.redactions.find((r) => r.start === d.marks[0]!.start)).toMatchObject({ uncertain: true, confirmed: 'hide' });
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${hideCase.pubId}/publish`, d);
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json().versions[0];
    expect(v.publishedText).toContain('经查，巩某某称该批货物系其代为保管');
    expect(v.publishedText).not.toContain(NAME);
    for (const code of Object.keys(d.fieldMarks)) expect(v.fields[code]).not.toContain(NAME);
    // stored with the version …
    expect(v.marks.body).toEqual(d.marks);
    expect(v.marks.fields).toEqual(d.fieldMarks);
    // … and in the act's hashed details
    const act = r.json().events.at(-1);
    expect(act).toMatchObject({ kind: 'published', details: { marks: { body: d.marks, fields: d.fieldMarks } } });
    const pub = await h.tdb.db.selectFrom('public_decisions').select('body').where('id', '=', hideCase.pubId).executeTakeFirstOrThrow();
    expect(pub.body).toBe(v.publishedText);
  });

  it('R-PUB-4 请确认: 公开 with a reason publishes the name and records why', async () => {
    publishCase = await decidedWithUncertainName();
    const p = await preview(publishCase.pubId);
    const d = decisions(p, 'publish', '系单位字号，非自然人姓名');
    const decided = await preview(publishCase.pubId, d);
    expect(decided.unconfirmed.count).toBe(0);
    expect(decided.published).toContain(`经查，${NAME}称`);
    expect(decided.kept.find((k) => k.start === d.marks[0]!.start)?.why).toBe('公示管理员确认公开：系单位字号，非自然人姓名');
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${publishCase.pubId}/publish`, d);
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json().versions[0];
    expect(v.publishedText).toContain(`经查，${NAME}称该批货物系其代为保管`);
    for (const code of Object.keys(d.fieldMarks)) expect(v.fields[code]).toContain(NAME);
    expect(v.marks.body).toEqual(d.marks);
  });

  it('R-PUB-4 请确认: a correction is refused while undecided and goes through with the decisions', async () => {
    h.clock.set('2026-10-09T02:00:00Z');
    const r = await as('scjg.gongshi', 'POST', `/api/v1/publications/${publishCase.pubId}/corrections`, { reason: '重新核对脱敏' });
    expect(r.statusCode, r.body).toBe(409);
    expect(errorCode(r)).toBe('REDACTION_UNCONFIRMED');
    expect((await stored(publishCase.pubId)).length).toBe(1);
    const d = decisions(await preview(publishCase.pubId), 'hide', '确认为个人信息');
    const ok = await as('scjg.gongshi', 'POST', `/api/v1/publications/${publishCase.pubId}/corrections`, {
      ...d,
      reason: '确认为个人信息，予以隐去',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().versions[1].publishedText).not.toContain(NAME);
  });

  it('R-PUB-4 请确认: every stored version re-derives from its original, rule set and decisions (verify passes); tampered decisions are found', async () => {
    const facts = (await loadCaseFacts(h.tdb.db, hideCase.caseId))!;
    for (const id of [hideCase.pubId, publishCase.pubId])
      for (const v of await stored(id)) {
        expect((v.rule_set as { version: string }).version).toBe(DEFAULT_REDACTION_RULES.version);
        expect(
          versionStillDerives({ ...v, marks: (v.marks as { body: unknown }).body }, redactionContext(facts)),
          `${id} v${v.version}`,
        ).toBe(true);
      }
    expect(await verifyFindings()).toEqual([]);
    // turning a 确认隐去 into 公开 in the stored version is caught: the text no longer derives, the act disagrees
    const v = (await stored(hideCase.pubId))[0]!;
    const marks = v.marks as { body: { confirm: string }[] };
    const flipped = { ...marks, body: marks.body.map((m) => ({ ...m, confirm: 'publish' })) };
    await sql`ALTER TABLE publication_versions DISABLE TRIGGER USER`.execute(h.tdb.db);
    try {
      await h.tdb.db
        .updateTable('publication_versions')
        .set({ marks: JSON.stringify(flipped) })
        .where('publication_id', '=', hideCase.pubId)
        .execute();
      const kinds = (await verifyFindings()).map((p) => p.kind).sort();
      expect(kinds).toEqual(['publication-marks', 'publication-text']);
    } finally {
      await h.tdb.db
        .updateTable('publication_versions')
        .set({ marks: JSON.stringify(marks) })
        .where('publication_id', '=', hideCase.pubId)
        .execute();
      await sql`ALTER TABLE publication_versions ENABLE TRIGGER USER`.execute(h.tdb.db);
    }
    expect(await verifyFindings()).toEqual([]);
  });

  it('R-PUB-4: a version published under rule set 2025.1 keeps re-deriving with 2025.1, not with today’s rules', async () => {
    // a version as 2025.1 published it: no 请确认 then, the name after 称 went out as written
    const v = (await stored(hideCase.pubId))[0]!;
    const facts = (await loadCaseFacts(h.tdb.db, hideCase.caseId))!;
    const old = redact(v.original_text!, { rules: REDACTION_RULES_2025_1, context: redactionContext(facts) });
    expect(old.text).toContain(NAME);
    const ruleSet = { name: REDACTION_RULES_2025_1.name, version: '2025.1', digest: ruleSetDigest(REDACTION_RULES_2025_1) };
    const original = { rule_set: v.rule_set, marks: v.marks, published_text: v.published_text, redactions: v.redactions };
    await sql`ALTER TABLE publication_versions DISABLE TRIGGER USER`.execute(h.tdb.db);
    try {
      await h.tdb.db
        .updateTable('publication_versions')
        .set({
          rule_set: JSON.stringify(ruleSet),
          marks: JSON.stringify({ body: [], fields: {}, corrections: {} }),
          published_text: old.text,
          redactions: JSON.stringify({ body: old.redactions, fields: {} }),
        })
        .where('publication_id', '=', hideCase.pubId)
        .execute();
      await h.tdb.db.updateTable('public_decisions').set({ body: old.text }).where('id', '=', hideCase.pubId).execute();
      const row = { original_text: v.original_text, published_text: old.text, marks: [], rule_set: ruleSet };
      expect(versionStillDerives(row, redactionContext(facts))).toBe(true);
      // today's rules would hide the name: the stored text is not what 2026.1 derives
      expect(versionStillDerives({ ...row, rule_set: { ...ruleSet, version: '2026.1' } }, redactionContext(facts))).toBe(false);
      // verify re-derives it with 2025.1 (its act still seals the marks it had: only that is reported)
      const problems = await verifyFindings();
      expect(problems.filter((p) => p.kind !== 'publication-marks')).toEqual([]);
      // a rule set this build does not know does not re-derive
      expect(versionStillDerives({ ...row, rule_set: { ...ruleSet, version: '2024.9' } }, redactionContext(facts))).toBe(false);
    } finally {
      await h.tdb.db
        .updateTable('publication_versions')
        .set({
          rule_set: JSON.stringify(original.rule_set),
          marks: JSON.stringify(original.marks),
          published_text: original.published_text,
          redactions: JSON.stringify(original.redactions),
        })
        .where('publication_id', '=', hideCase.pubId)
        .execute();
      await h.tdb.db.updateTable('public_decisions').set({ body: original.published_text }).where('id', '=', hideCase.pubId).execute();
      await sql`ALTER TABLE publication_versions ENABLE TRIGGER USER`.execute(h.tdb.db);
    }
    expect(await verifyFindings()).toEqual([]);
  });
});
