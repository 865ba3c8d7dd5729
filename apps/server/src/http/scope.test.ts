import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../test/harness.ts';
import { demoScenarios, runScenario } from '../demo/demo-cases.ts';
import { sweepPublications } from '../modules/publications/publication.service.ts';
import { fileComplaint } from '../modules/complaints/complaint.service.ts';
import { RULES, decide, type Action } from './policy/authorize.ts';

/**
 * R-X-5 across every endpoint: an agency's staff see their agency and its subordinate agencies,
 * the 司法局 sees its region, anything else is 404 — for every route that takes an id, found
 * from the OpenAPI document so that a new route cannot slip through untested.
 */

let h: Harness;
const ids: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  const calendar = (await import('../modules/calendar/calendar.service.ts')).CalendarService;
  const cal = new calendar(h.tdb.db);
  await cal.load();
  const scenarios = demoScenarios((k) => h.user(k), '2026-11-16');
  const caseIds: string[] = [];
  for (const s of scenarios) caseIds.push(await runScenario(h.demoStore(), () => cal.current(), h.org, s));
  const caseOf = async (agency: string) =>
    (await h.tdb.db.selectFrom('cases').select('id').where('agency_id', '=', h.agency(agency)).executeTakeFirstOrThrow()).id;
  const certOf = async (user: string) =>
    (await h.tdb.db.selectFrom('certificates').select('id').where('user_id', '=', h.user(user)).executeTakeFirstOrThrow()).id;
  // One resource of each kind in 综合执法局 (zhzf) and in 市场监管局 (scjg).
  const evidenceOf = async (agency: string) =>
    (await h.tdb.db.selectFrom('evidence').select('id').where('agency_id', '=', h.agency(agency)).executeTakeFirstOrThrow()).id;
  const documentOf = async (agency: string) =>
    (await h.tdb.db.selectFrom('documents').select('id').where('agency_id', '=', h.agency(agency)).executeTakeFirstOrThrow()).id;
  // the decisions' publication records (R-PUB-3), and an exchange system registered for each agency (R-X-6)
  await sweepPublications({ db: h.tdb.db, clock: h.clock, calendar: () => cal.current() });
  const publicationOf = async (agency: string) =>
    (await h.tdb.db.selectFrom('publications').select('id').where('agency_id', '=', h.agency(agency)).executeTakeFirstOrThrow()).id;
  const systemOf = async (agency: string) =>
    (
      await h.request(await h.token(`${agency}.admin`), 'POST', '/api/v1/exchange/systems', {
        agencyId: h.agency(agency),
        name: `${agency} 办案系统`,
      })
    ).json().id as string;
  // a complaint filed with each agency (R-X-4), as the portal files it
  const complaintOf = async (agency: string) =>
    (
      await fileComplaint(
        { db: h.tdb.db, clock: h.clock, calendar: () => cal.current(), blobs: h.blobs },
        {
          agencyId: h.agency(agency),
          kind: 'complaint',
          subjectRef: '',
          facts: '执法人员检查时未出示执法证件，态度粗暴。',
          request: '请调查处理',
          name: '测试人',
          phone: '13800000000',
        },
        [],
      )
    ).id;
  await complaintOf('scjgs');
  for (const a of ['zhzf', 'scjg']) {
    ids[a] = {
      complaints: await complaintOf(a),
      cases: await caseOf(a),
      users: h.user(`${a}.o1`),
      agencies: h.agency(a),
      certificates: await certOf(`${a}.o1`),
      evidence: await evidenceOf(a),
      documents: await documentOf(a),
      publications: await publicationOf(a),
      exchange: await systemOf(a),
    };
  }
  // a 信用修复 application of 综合执法局 (its sector has no such rule, so none can be made through the
  // 当事人专区: written here, as the scope check needs one resource of each kind)
  const z = await h.tdb.db
    .selectFrom('publications as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .select(['p.id', 'p.case_id', 'p.doc_number', 'c.party_id'])
    .where('p.id', '=', ids['zhzf']!['publications']!)
    .executeTakeFirstOrThrow();
  const accessId = '00000000-0000-4000-8000-0000000000a1';
  await h.tdb.db
    .insertInto('party_access')
    .values({
      id: accessId,
      agency_id: h.agency('zhzf'),
      case_id: z.case_id,
      party_id: z.party_id,
      document_id: ids['zhzf']!['documents']!,
      code_sha256: Buffer.alloc(32),
      issued_by: h.user('zhzf.o1'),
      issued_at: h.clock.now(),
    })
    .execute();
  const applicationId = '00000000-0000-4000-8000-0000000000a2';
  await h.tdb.db
    .insertInto('credit_repair_applications')
    .values({
      id: applicationId,
      number: 'XF2026-99999',
      agency_id: h.agency('zhzf'),
      publication_id: z.id,
      case_id: z.case_id,
      party_id: z.party_id,
      party_name: '测试',
      doc_number: z.doc_number,
      decision_title: '测试',
      access_id: accessId,
      applicant_name: '测试',
      applicant_role: 'party',
      contact: null,
      reasons: '测试',
      commitment: '测试',
      attachments: JSON.stringify([]),
      eligibility: JSON.stringify({}),
      rules: JSON.stringify({}),
      received_on: '2026-11-16',
      due_on: '2026-12-07',
      state: 'pending',
      submitted_at: h.clock.now(),
    })
    .execute();
  ids['zhzf']!['credit-repair'] = applicationId;
});
afterAll(async () => h?.close());

interface Route {
  method: string;
  path: string;
  resource: string;
}

/** Public, not agency-scoped resources with ids: published rule data. */
const PUBLIC_RESOURCES = new Set(['rule-packs']);

function idRoutes(doc: { paths: Record<string, Record<string, unknown>> }): Route[] {
  const out: Route[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.includes('{id}')) continue;
    const resource = path.split('/')[3]!;
    if (PUBLIC_RESOURCES.has(resource)) continue;
    for (const method of Object.keys(methods)) out.push({ method: method.toUpperCase(), path, resource });
  }
  return out;
}

/** A body that passes schema validation, so that the scope check — not validation — answers. */
const BODIES: Record<string, unknown> = {
  'POST /api/v1/cases/{id}/steps': { step: 'inspect', inputs: {} },
  'POST /api/v1/users/{id}/certificates': {
    number: 'TEST-000001',
    fields: ['城市管理'],
    regions: ['130433'],
    validFrom: '2026-01-01',
    validTo: '2027-01-01',
  },
  'POST /api/v1/certificates/{id}/status': { status: 'suspended', reason: '测试' },
  'POST /api/v1/certificates/{id}/renewal': { validTo: '2031-01-01', reason: '测试' },
  'POST /api/v1/certificates/{id}/inspections': { year: 2026, passed: false, reason: '测试' },
  'POST /api/v1/users/{id}/training': { hours: 8, course: '测试', completedOn: '2026-11-16' },
  'PUT /api/v1/agencies/{id}/alert-settings': { returnRate: 0.3, minReviews: 5, webhookUrl: null },
  'PUT /api/v1/agencies/{id}/complaint-settings': { answerDays: 15 },
  'POST /api/v1/complaints/{id}/assign': { handlerId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/v1/complaints/{id}/answer': { answer: '短' },
  'POST /api/v1/complaints/{id}/transfer': { agencyId: '00000000-0000-4000-8000-000000000000', note: '测试' },
  'POST /api/v1/cases/{id}/outcomes': {
    channel: 'reconsideration',
    body: '测试复议机关',
    decidedOn: '2026-11-16',
    result: 'upheld',
    document: '测试〔2026〕1号',
  },
  'POST /api/v1/cases/{id}/outcomes/{outcomeId}/rectification': { note: '测试' },
  'PATCH /api/v1/users/{id}': { post: '测试' },
  'PATCH /api/v1/agencies/{id}': { phone: '0310-0000000' },
  'POST /api/v1/agencies/{id}/units': { name: '测试科', kind: 'office' },
  'POST /api/v1/cases/{id}/documents': { kind: 'penalty-notice' },
  'POST /api/v1/credit-repair/applications/{id}/decision': { decision: 'refuse', reason: '测试' },
  'PUT /api/v1/agencies/{id}/case-file-standards/{procedure}': { items: [] },
  'PUT /api/v1/agencies/{id}/recording-list': { items: [{ procedure: 'penalty-general', step: 'inquire', level: 'record', what: '询问' }] },
  'PUT /api/v1/agencies/{id}/review-catalog': {
    catalog: { rules: [], settings: { reviewDays: 10, remindDays: 2, maxRounds: 2 } },
    note: '测试',
  },
  'POST /api/v1/cases/{id}/review/proposals': { step: 'decide', decision: {} },
  'PUT /api/v1/agencies/{id}/discretion-benchmarks': { benchmarks: [], note: '测试' },
  'POST /api/v1/cases/{id}/review/submissions': { summary: '测试', facts: '测试', legalBasis: '测试' },
  'POST /api/v1/cases/{id}/review/opinions': { materialsSha256: '0'.repeat(64), answers: [], conclusion: 'agree', opinion: '同意' },
  'POST /api/v1/cases/{id}/review/disagreement': { reason: '测试' },
  'POST /api/v1/cases/{id}/review/discussions': {
    heldOn: '2026-11-16',
    recorder: '测试',
    participants: [],
    conclusion: '测试',
    outcome: 'revise',
  },
  'POST /api/v1/cases/{id}/review/advisers': { adviserId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/v1/cases/{id}/review/advisers/{adviceId}/opinion': { opinion: '测试' },
  'POST /api/v1/cases/{id}/party-access/{accessId}/void': { reason: '测试' },
  'POST /api/v1/publications/{id}/preview': {},
  'POST /api/v1/publications/{id}/publish': {},
  'POST /api/v1/publications/{id}/corrections': { reason: '测试更正' },
  'POST /api/v1/publications/{id}/withdrawal-ground': { ground: 'revoked', groundOn: '2026-11-16', reason: '测试' },
  'POST /api/v1/publications/{id}/withdrawal': {},
  'PUT /api/v1/agencies/{id}/evaluation-standard': { standard: { items: [], grades: { excellent: 90, good: 80, pass: 60 } }, note: '测试' },
  'POST /api/v1/agencies/{id}/evaluation-rounds': {
    title: '测试评查',
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
    agencyIds: ['00000000-0000-4000-8000-000000000000'],
    sample: { kind: 'count', count: 1 },
  },
  'PUT /api/v1/agencies/{id}/evaluation-rounds/{roundId}/scores/{caseId}': { items: [], comment: '' },
  'PUT /api/v1/agencies/{id}/evaluation-results/{roundId}/reply': { reply: '测试' },
  'POST /api/v1/publications/{id}/stop': { reason: '信用修复', repairDecision: '测试〔2026〕1号' },
  'PUT /api/v1/agencies/{id}/publication-settings': { autoPublish: true },
  'PUT /api/v1/agencies/{id}/seal': { png: 'iVBORw0KGgo=' },
  'PUT /api/v1/agencies/{id}/document-settings': {
    settings: { payment: { method: 'code', accountName: '', bank: '', accountNumber: '', codeChannel: '测试' }, reviewBody: '', court: '' },
    note: '测试',
  },
  'PUT /api/v1/agencies/{id}/document-numbering': { words: {} },
  'PUT /api/v1/agencies/{id}/lists/{list}': { rows: [], note: '测试' },
  'POST /api/v1/agencies/{id}/lists/{list}/changes': { reason: '测试', changedOn: '2026-11-16' },
  'PUT /api/v1/agencies/{id}/rosters/{roster}': { rows: [], note: '测试' },
  'POST /api/v1/agencies/{id}/draw-plans': {
    itemCode: 'X',
    field: '市场监管',
    targetCategory: null,
    sample: { kind: 'count', count: 1 },
    inspectorsPerTarget: 2,
    periodFrom: '2026-11-16',
    periodTo: '2026-12-31',
    plannedOn: '2026-11-20',
  },
};
/** Query strings for routes that require one. */
const QUERIES: Record<string, string> = {
  '/api/v1/cases/{id}/review/compare': '?from=1&to=2',
  '/api/v1/agencies/{id}/lists/{list}/import': `?note=${encodeURIComponent('测试')}`,
  '/api/v1/agencies/{id}/rosters/{roster}/import': `?note=${encodeURIComponent('测试')}`,
};

describe('R-X-5 scope', () => {
  it("every route with an id answers 404 for a resource outside the caller's scope", async () => {
    const doc = (await h.request(null, 'GET', '/api/openapi.json')).json();
    const routes = idRoutes(doc);
    expect(routes.length).toBeGreaterThanOrEqual(9);
    // Callers outside 综合执法局's scope: another agency's officer, head and administrator, and a subordinate 所.
    const outsiders = ['scjg.liming', 'scjg.juzhang', 'scjg.admin', 'scjgs.yangli'];
    for (const username of outsiders) {
      const token = await h.token(username);
      for (const r of routes) {
        const id = ids['zhzf']![r.resource];
        expect(id, `no test resource for ${r.path}`).toBeTruthy();
        const url =
          r.path
            .replace('{id}', id!)
            .replace('{procedure}', 'penalty-general')
            .replace('{version}', '1')
            .replace('{violation}', 'road-occupation')
            .replace('{adviceId}', '00000000-0000-4000-8000-000000000000')
            .replace('{accessId}', '00000000-0000-4000-8000-000000000000')
            .replace('{outcomeId}', '00000000-0000-4000-8000-000000000000')
            .replace('{year}', '2026')
            .replace('{quarter}', '1')
            .replace('{list}', 'matters')
            .replace('{roster}', 'targets')
            .replace('{planId}', '00000000-0000-4000-8000-000000000000')
            .replace('{index}', '0')
            .replace('{roundId}', '00000000-0000-4000-8000-000000000000')
            .replace('{caseId}', '00000000-0000-4000-8000-000000000000')
            .replace('{seq}', '1') + (QUERIES[r.path] ?? '');
        const res = await h.request(token, r.method as 'GET', url, BODIES[`${r.method} ${r.path}`]);
        expect(res.statusCode, `${username} ${r.method} ${url}: ${res.body}`).toBe(404);
        expect(errorCode(res)).toBe('NOT_FOUND');
      }
    }
  });

  it('a subordinate 所 cannot see its superior agency; the superior sees the 所', async () => {
    const suo = await h.token('scjgs.yangli');
    for (const [resource, id] of Object.entries(ids['scjg']!)) {
      const res = await h.request(suo, 'GET', `/api/v1/${resource}/${id}`);
      expect(res.statusCode, `${resource}: ${res.body}`).toBe(404);
    }
    const ju = await h.token('scjg.liming');
    const agencies = (await h.request(ju, 'GET', '/api/v1/agencies')).json() as { name: string }[];
    expect(agencies.map((a) => a.name).sort()).toEqual(['馆陶县市场监督管理局', '馆陶县市场监督管理局馆陶镇市场监督管理所'].sort());
    const user = await h.request(ju, 'GET', `/api/v1/users/${h.user('scjgs.o1')}`);
    expect(user.statusCode).toBe(200);
  });

  it('the 司法局 sees every agency and case of its region, and can act on none', async () => {
    const sfj = await h.token('sfj.jiandu');
    const agencies = (await h.request(sfj, 'GET', '/api/v1/agencies')).json() as { name: string }[];
    expect(agencies).toHaveLength(4);
    const cases = (await h.request(sfj, 'GET', '/api/v1/cases?limit=200')).json();
    const agencyNames = new Set(cases.items.map((c: { agency: { name: string } }) => c.agency.name));
    expect(agencyNames).toEqual(new Set(['馆陶县市场监督管理局', '馆陶县综合行政执法局', '馆陶县市场监督管理局馆陶镇市场监督管理所']));
    for (const agency of ['zhzf', 'scjg']) {
      // R-REC-7: a supervisor's 调阅 states its reason, and is logged
      const noReason = await h.request(sfj, 'GET', `/api/v1/cases/${ids[agency]!['cases']}`);
      expect(errorCode(noReason)).toBe('ACCESS_REASON_REQUIRED');
      const res = await h.request(sfj, 'GET', `/api/v1/cases/${ids[agency]!['cases']}?reason=${encodeURIComponent('执法监督检查')}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().availableSteps).toEqual([]);
    }
    const act = await h.request(await h.token('sfj.admin'), 'POST', `/api/v1/cases/${ids['zhzf']!['cases']}/steps`, {
      step: 'archive',
      inputs: { volumes: '1' },
    });
    expect(act.statusCode).toBe(403);
    expect(errorCode(act)).toBe('FORBIDDEN_ROLE');
  });

  it('lists only what is in scope', async () => {
    const zh = await h.token('zhzf.zhoujie');
    const cases = (await h.request(zh, 'GET', '/api/v1/cases?limit=200')).json();
    expect(cases.items.length).toBeGreaterThan(0);
    expect(cases.items.every((c: { agency: { id: string } }) => c.agency.id === h.agency('zhzf'))).toBe(true);
    const users = (await h.request(zh, 'GET', '/api/v1/users')).json() as { agencyId: string }[];
    expect(users.every((u) => u.agencyId === h.agency('zhzf'))).toBe(true);
    const filtered = await h.request(zh, 'GET', `/api/v1/users?agencyId=${h.agency('scjg')}`);
    expect(filtered.statusCode).toBe(404);
    const byAgency = (await h.request(zh, 'GET', `/api/v1/cases?agencyId=${h.agency('scjg')}`)).json();
    expect(byAgency.items).toEqual([]);
  });

  it('every /api/v1 route but the public ones needs a session (401 with a Chinese message)', async () => {
    const doc = (await h.request(null, 'GET', '/api/openapi.json')).json();
    // published rule data, the ledger's public files, proofs and witness endpoint (hashes and signatures only),
    // and the portal's public data (R-PUB-2 officer check)
    const publicPrefixes = [
      '/api/v1/public/',
      '/api/v1/auth/login',
      '/api/v1/procedures',
      '/api/v1/rule-packs',
      '/api/v1/calendar',
      '/api/v1/ledger/',
      '/ledger/',
      '/witness/',
    ];
    const ruleData = (await h.request(null, 'GET', '/api/v1/rule-packs/cf-2021')).statusCode;
    expect(ruleData).toBe(200);
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(methods)) {
        const isPublic = publicPrefixes.some((p) => path.startsWith(p)) && !(path === '/api/v1/calendar/years' && method === 'post');
        if (isPublic) continue;
        const url = path.replace('{id}', ids['zhzf']!['cases']!);
        const res = await h.request(null, method.toUpperCase() as 'GET', url, BODIES[`${method.toUpperCase()} ${path}`] ?? {});
        expect(res.statusCode, `${method} ${path}`).toBe(401);
        expect(errorCode(res)).toBe('UNAUTHENTICATED');
      }
    }
  });
});

/**
 * The access rules as data (http/policy/rules.ts), proven over HTTP: for every rule, every kind of
 * actor (each role, in an enforcement agency, its subordinate 所 and the 司法局) acts on its own
 * agency, on one it may see and on one outside its scope. What each request must answer is
 * computed from the same table (`decide`), so the matrix grows with it: a rule without a probe
 * here fails the test.
 */
describe('access rules: role × act × own/other agency', () => {
  const ACTORS = [
    'scjg.liming',
    'scjg.chenjing',
    'scjg.juzhang',
    'scjg.gongshi',
    'scjg.admin',
    'scjgs.suozhang',
    'sfj.jiandu',
    'sfj.admin',
  ];
  const AGENCIES = ['scjg', 'scjgs', 'zhzf'] as const;
  type Res = Record<string, string | undefined>;
  const res: Record<string, Res> = {};
  let n = 0;
  const uniq = () => `${Date.now() % 100000}${++n}`;
  const noAdvice = '00000000-0000-4000-8000-000000000001';

  /** How to perform each act over HTTP on agency `a`'s resource (undefined: the agency has none of that kind). */
  type Probe = (r: Res) => { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; body?: unknown } | undefined;
  const at = (id: string | undefined, f: (id: string) => ReturnType<Probe>) => (id ? f(id) : undefined);
  const PROBES: Record<Action, Probe> = {
    'agency.read': (r) => at(r['agency'], (id) => ({ method: 'GET', url: `/api/v1/agencies/${id}` })),
    'case.read': (r) => at(r['case'], (id) => ({ method: 'GET', url: `/api/v1/cases/${id}?reason=${encodeURIComponent('矩阵测试')}` })),
    'user.read': (r) => at(r['user'], (id) => ({ method: 'GET', url: `/api/v1/users/${id}` })),
    'certificate.read': (r) => at(r['certificate'], (id) => ({ method: 'GET', url: `/api/v1/certificates/${id}` })),
    'publication.read': (r) => at(r['publication'], (id) => ({ method: 'GET', url: `/api/v1/publications/${id}` })),
    'exchange.read': () => ({ method: 'GET', url: '/api/v1/exchange/systems' }),
    'agency.create': (r) =>
      at(r['agency'], (id) => ({
        method: 'POST',
        url: '/api/v1/agencies',
        body: {
          name: `测试机关${uniq()}`,
          creditCode: '11130433MB0000000X',
          kind: 'enforcement',
          regionCode: '130433',
          parentId: id,
          shortName: '测',
        },
      })),
    'agency.create-top': () => ({
      method: 'POST',
      url: '/api/v1/agencies',
      body: { name: `测试机关${uniq()}`, creditCode: '11130433MB0000000X', kind: 'enforcement', regionCode: '130433', shortName: '测' },
    }),
    'agency.create-justice': () => ({
      method: 'POST',
      url: '/api/v1/agencies',
      body: { name: `测试司法局${uniq()}`, creditCode: '11130433MB0000000X', kind: 'justice', regionCode: '130433', shortName: '测' },
    }),
    'agency.update': (r) => at(r['agency'], (id) => ({ method: 'PATCH', url: `/api/v1/agencies/${id}`, body: { phone: '0310-0000000' } })),
    'unit.create': (r) =>
      at(r['agency'], (id) => ({ method: 'POST', url: `/api/v1/agencies/${id}/units`, body: { name: `测试科${uniq()}`, kind: 'office' } })),
    'people.manage': (r) => at(r['user'], (id) => ({ method: 'PATCH', url: `/api/v1/users/${id}`, body: { post: '测试' } })),
    'calendar.update': () => ({ method: 'POST', url: '/api/v1/calendar/years', body: { text: '不是节假日安排' } }),
    'case-file-standard.update': (r) =>
      at(r['agency'], (id) => ({ method: 'PUT', url: `/api/v1/agencies/${id}/case-file-standards/penalty-general`, body: { items: [] } })),
    'recording-list.update': (r) =>
      at(r['agency'], (id) => ({
        method: 'PUT',
        url: `/api/v1/agencies/${id}/recording-list`,
        body: BODIES['PUT /api/v1/agencies/{id}/recording-list'],
      })),
    'review-catalog.update': (r) =>
      at(r['agency'], (id) => ({
        method: 'PUT',
        url: `/api/v1/agencies/${id}/review-catalog`,
        body: BODIES['PUT /api/v1/agencies/{id}/review-catalog'],
      })),
    'discretion.update': (r) =>
      at(r['agency'], (id) => ({
        method: 'PUT',
        url: `/api/v1/agencies/${id}/discretion-benchmarks`,
        body: BODIES['PUT /api/v1/agencies/{id}/discretion-benchmarks'],
      })),
    'lists.update': (r) =>
      at(r['agency'], (id) => ({
        method: 'POST',
        url: `/api/v1/agencies/${id}/lists/matters/changes`,
        body: BODIES['POST /api/v1/agencies/{id}/lists/{list}/changes'],
      })),
    'document-settings.update': (r) =>
      at(r['agency'], (id) => ({
        method: 'PUT',
        url: `/api/v1/agencies/${id}/document-settings`,
        body: BODIES['PUT /api/v1/agencies/{id}/document-settings'],
      })),
    'publication-settings.update': (r) =>
      at(r['agency'], (id) => ({ method: 'PUT', url: `/api/v1/agencies/${id}/publication-settings`, body: { autoPublish: false } })),
    'statistics.report': (r) => at(r['agency'], (id) => ({ method: 'POST', url: `/api/v1/agencies/${id}/statistics/2099/report` })),
    'exchange.register': (r) =>
      at(r['agency'], (id) => ({ method: 'POST', url: '/api/v1/exchange/systems', body: { agencyId: id, name: '' } })),
    'ledger.checkpoint': (r) => at(r['agency'], (id) => ({ method: 'POST', url: `/api/v1/agencies/${id}/ledger/checkpoint` })),
    'case.open': () => ({
      method: 'POST',
      url: '/api/v1/cases',
      body: {
        procedure: 'no-such-procedure',
        title: '测试',
        field: '测试',
        regionCode: '130433',
        party: { kind: 'person', name: '测试' },
        officerIds: [noAdvice],
        inputs: {},
      },
    }),
    'case.step': (r) =>
      at(r['case'], (id) => ({ method: 'POST', url: `/api/v1/cases/${id}/steps`, body: { step: 'no-such-step', inputs: {} } })),
    'case.record': (r) => at(r['case'], (id) => ({ method: 'POST', url: `/api/v1/cases/${id}/documents`, body: { kind: 'no-such-kind' } })),
    'party.access.void': (r) =>
      at(r['case'], (id) => ({ method: 'POST', url: `/api/v1/cases/${id}/party-access/${noAdvice}/void`, body: { reason: '矩阵测试' } })),
    'review.act': (r) =>
      at(r['case'], (id) => ({
        method: 'POST',
        url: `/api/v1/cases/${id}/review/disagreement`,
        body: BODIES['POST /api/v1/cases/{id}/review/disagreement'],
      })),
    'review.opinion': (r) =>
      at(r['case'], (id) => ({
        method: 'POST',
        url: `/api/v1/cases/${id}/review/opinions`,
        body: BODIES['POST /api/v1/cases/{id}/review/opinions'],
      })),
    'review.invite-adviser': (r) =>
      at(r['case'], (id) => ({ method: 'POST', url: `/api/v1/cases/${id}/review/advisers`, body: { adviserId: noAdvice } })),
    'review.adviser-opinion': (r) =>
      at(r['case'], (id) => ({
        method: 'POST',
        url: `/api/v1/cases/${id}/review/advisers/${noAdvice}/opinion`,
        body: { opinion: '测试' },
      })),
    'adviser.manage': () => ({
      method: 'POST',
      url: '/api/v1/legal-advisers',
      body: { kind: 'counsel', name: '测试', organisation: '测试律师事务所', specialties: [], phone: '' },
    }),
    'publication.act': (r) => at(r['publication'], (id) => ({ method: 'POST', url: `/api/v1/publications/${id}/publish`, body: {} })),
    'publication.preview': (r) =>
      at(r['publication'], (id) => ({
        method: 'POST',
        url: `/api/v1/publications/${id}/preview?reason=${encodeURIComponent('公示前核对')}`,
        body: {},
      })),
    'supervision.read': () => ({ method: 'GET', url: '/api/v1/supervision/overview' }),
    'draw.manage': (r) =>
      at(r['agency'], (id) => ({ method: 'PUT', url: `/api/v1/agencies/${id}/rosters/conflicts`, body: { rows: [], note: '矩阵测试' } })),
    'draw.run': (r) =>
      at(r['agency'], (id) => ({ method: 'POST', url: `/api/v1/agencies/${id}/draw-plans/00000000-0000-4000-8000-000000000000/draw` })),
    'access-log.read': () => ({ method: 'GET', url: '/api/v1/access-log' }),
    'alert.read': (r) => at(r['agency'], (id) => ({ method: 'GET', url: `/api/v1/alerts?agencyId=${id}` })),
    'alert.settings': (r) =>
      at(r['agency'], (id) => ({
        method: 'PUT',
        url: `/api/v1/agencies/${id}/alert-settings`,
        body: BODIES['PUT /api/v1/agencies/{id}/alert-settings'],
      })),
    'evaluation-standard.update': (r) =>
      at(r['agency'], (id) => ({
        method: 'PUT',
        url: `/api/v1/agencies/${id}/evaluation-standard`,
        body: BODIES['PUT /api/v1/agencies/{id}/evaluation-standard'],
      })),
    'evaluation.manage': (r) =>
      at(r['agency'], (id) => ({
        method: 'POST',
        url: `/api/v1/agencies/${id}/evaluation-rounds`,
        body: BODIES['POST /api/v1/agencies/{id}/evaluation-rounds'],
      })),
    'evaluation.read': (r) => at(r['agency'], (id) => ({ method: 'GET', url: `/api/v1/agencies/${id}/evaluation-results` })),
    'evaluation.reply': (r) =>
      at(r['agency'], (id) => ({
        method: 'PUT',
        url: `/api/v1/agencies/${id}/evaluation-results/${noAdvice}/reply`,
        body: { reply: '矩阵测试' },
      })),
    'case.outcome': (r) =>
      at(r['case'], (id) => ({ method: 'POST', url: `/api/v1/cases/${id}/outcomes`, body: BODIES['POST /api/v1/cases/{id}/outcomes'] })),
    // 投诉举报 (R-X-4): bodies that pass the rule and then fail on their own (no such handler, too short an answer),
    // so that one actor's act leaves the complaint as the next actor finds it
    'complaint.read': (r) =>
      at(r['complaint'], (id) => ({ method: 'GET', url: `/api/v1/complaints/${id}?reason=${encodeURIComponent('矩阵测试')}` })),
    'complaint.assign': (r) =>
      at(r['complaint'], (id) => ({
        method: 'POST',
        url: `/api/v1/complaints/${id}/assign`,
        body: BODIES['POST /api/v1/complaints/{id}/assign'],
      })),
    'complaint.answer': (r) =>
      at(r['complaint'], (id) => ({
        method: 'POST',
        url: `/api/v1/complaints/${id}/answer`,
        body: BODIES['POST /api/v1/complaints/{id}/answer'],
      })),
    'complaint.settings': (r) =>
      at(r['agency'], (id) => ({ method: 'PUT', url: `/api/v1/agencies/${id}/complaint-settings`, body: { answerDays: 15 } })),
  };

  beforeAll(async () => {
    const first = async (table: 'cases' | 'publications', agency: string) =>
      (await h.tdb.db.selectFrom(table).select('id').where('agency_id', '=', h.agency(agency)).orderBy('id').executeTakeFirst())?.id;
    for (const a of AGENCIES) {
      const officer = await h.tdb.db
        .selectFrom('users')
        .innerJoin('certificates', 'certificates.user_id', 'users.id')
        .select(['users.id as user', 'certificates.id as certificate'])
        .where('users.agency_id', '=', h.agency(a))
        .executeTakeFirst();
      const complaint = (await h.tdb.db.selectFrom('complaints').select('id').where('agency_id', '=', h.agency(a)).executeTakeFirst())?.id;
      res[a] = { agency: h.agency(a), case: await first('cases', a), publication: await first('publications', a), complaint, ...officer };
    }
  });

  it('every rule has a probe, and every answer is the one the rule gives', async () => {
    expect(Object.keys(PROBES).sort()).toEqual(Object.keys(RULES).sort());
    const seen = { allowed: 0, forbidden: 0, notFound: 0 };
    const relations = new Map<Action, Set<string>>();
    const problems: string[] = [];
    const table = new Map<Action, string[]>();
    for (const username of ACTORS) {
      const token = await h.token(username);
      const me = (await h.request(token, 'GET', '/api/v1/auth/me')).json().user;
      const actor = { ...me, visibleAgencyIds: new Set<string>(me.visibleAgencyIds) };
      for (const action of Object.keys(RULES) as Action[]) {
        const cell = (RULES[action].resource === null ? [undefined] : AGENCIES).map((a) => {
          const d = decide(actor, action, a ? { agencyId: res[a]!['agency']! } : undefined);
          return d ? (d.code === 'NOT_FOUND' ? '404' : '403') : '✓';
        });
        table.set(action, [...(table.get(action) ?? []), cell.join(' ')]);
      }
      for (const action of Object.keys(RULES) as Action[]) {
        const targets = RULES[action].resource === null ? [undefined] : AGENCIES;
        for (const a of targets) {
          const probe = PROBES[action](a ? res[a]! : {});
          if (!probe) continue;
          const agencyId = a ? res[a]!['agency']! : undefined;
          const relation = !a
            ? 'none'
            : agencyId === actor.agencyId
              ? 'own'
              : actor.visibleAgencyIds.has(agencyId!)
                ? 'visible'
                : 'outside';
          if (!relations.has(action)) relations.set(action, new Set());
          relations.get(action)!.add(relation);
          const expected = decide(actor, action, agencyId ? { agencyId } : undefined);
          const r = await h.request(token, probe.method, probe.url, probe.body);
          const got = r.statusCode < 400 ? null : r.json().error;
          const what = `${username} ${action} on ${a ?? '—'} (${relation}): ${probe.method} ${probe.url} → ${r.statusCode} ${r.body.slice(0, 160)}`;
          if (expected) {
            if (expected.code === 'NOT_FOUND') seen.notFound++;
            else seen.forbidden++;
            if (got?.code !== expected.code || (expected.code === 'FORBIDDEN_ROLE' && got?.message !== expected.message))
              problems.push(`expected ${expected.code} ${expected.message}; ${what}`);
          } else {
            seen.allowed++;
            // the rule's own refusals; a NOT_FOUND of something else (an invitation that does not exist) is the act's answer
            const policyRefusal =
              (got?.code === 'NOT_FOUND' && got?.message === `${RULES[action].resource}不存在`) ||
              (got?.code === 'FORBIDDEN_ROLE' && got?.message === RULES[action].denied);
            if (policyRefusal) problems.push(`expected the act to pass the access rule; ${what}`);
          }
        }
      }
    }
    // The matrix as people read it: a change to the rules shows here as a change to review.
    const names = ['执法人员', '法制审核人员', '负责人', '公示管理员', '系统管理员', '下属所所长', '司法局监督人员', '司法局系统管理员'];
    const head = `| 规则 | ${ACTORS.map((u, i) => `${names[i]} ${u}`).join(' | ')} |`;
    const lines = [...table].map(([action, cells]) => `| \`${action}\` ${RULES[action].act} | ${cells.join(' | ')} |`);
    await expect(
      [
        '# 访问规则矩阵（由 http/policy/rules.ts 生成，http/scope.test.ts 逐项以 HTTP 请求验证）',
        '',
        '每格依次为对 馆陶县市场监督管理局（scjg）、其下属馆陶镇所（scjgs）、馆陶县综合行政执法局（zhzf）的资源；无资源的规则只有一格。',
        '✓ 允许；403 无权（FORBIDDEN_ROLE）；404 不在可见范围（NOT_FOUND，不确认其存在）。',
        '',
        head,
        `|${' --- |'.repeat(ACTORS.length + 1)}`,
        ...lines,
        '',
      ].join('\n'),
    ).toMatchFileSnapshot('./policy/access-matrix.md');
    console.log(`access matrix: ${ACTORS.length} actors × ${Object.keys(RULES).length} rules: ${JSON.stringify(seen)}`);
    expect(problems).toEqual([]);
    // every resource rule was tried on the actor's own agency, one it may see and one outside its scope
    for (const [action, rels] of relations) {
      if (RULES[action].resource !== null) expect([...rels].sort(), action).toEqual(['outside', 'own', 'visible']);
    }
    expect(seen.allowed).toBeGreaterThan(50);
    expect(seen.forbidden).toBeGreaterThan(50);
    expect(seen.notFound).toBeGreaterThan(50);
  });
});
