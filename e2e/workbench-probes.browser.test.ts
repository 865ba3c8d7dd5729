import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { createHarness, type Harness } from '../apps/server/src/test/harness.ts';
import { COMPANY_A } from '../apps/server/src/demo/demo-cases.ts';
import { opinion, penaltyProposal, propose, readyPenaltyCase, submit } from '../apps/server/src/test/review.ts';
import type { PortalBrowser } from './portal-kit.ts';
import { launchWorkbench, look, pickDate, pickMoment, signIn, toast, workbenchContext } from './workbench-kit.ts';

/**
 * 执法工作台 under the issue's probes (issue 15): a video upload cut off and resumed after a reload,
 * a redaction mark made by selecting text, the supervisor's figures against the API, a refusal
 * shown where the action was, and a cross-site form that rides on the session cookie.
 */
let h: Harness;
let base = '';
let kit: PortalBrowser;
let tmp = '';

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
  base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  kit = await launchWorkbench('axe-summary-workbench-probes');
  tmp = mkdtempSync(path.join(tmpdir(), 'sx-wb-'));
});
afterAll(async () => {
  await kit?.close();
  await h?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function as(username: string, width = 1280): Promise<Page> {
  const page = await (await workbenchContext(kit, h, width)).newPage();
  onTestFailed(async () => void (await kit.shot(page, `failed-probe-${username}`).catch(() => undefined)));
  await signIn(page, base, username);
  return page;
}

async function openCase(officers = [h.user('scjg.o1'), h.user('scjg.o2')]): Promise<string> {
  const r = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers,
    inputs: { source: 'inspection', clueOn: '2026-10-30', summary: '检查发现过期食品。' },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

describe('执法工作台 probes in chromium', () => {
  it("resumes a video upload cut off mid-way by a dropped connection and a page reload, ending with the file's SHA-256 (R-REC-2)", async () => {
    const caseId = await openCase();
    const video = path.join(tmp, '执法记录仪-20261102.mp4');
    const bytes = randomBytes(20 * 1024 * 1024);
    writeFileSync(video, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const page = await as('scjg.liming');
    await page.goto(`${base}/workbench/cases/${caseId}?tab=evidence`);
    await page.getByText('上传音像记录').first().waitFor();
    // the connection drops after the first 8 MiB chunk: every later PATCH fails
    let patches = 0;
    await page.route('**/api/v1/uploads/**', async (route) => {
      if (route.request().method() === 'PATCH' && ++patches > 1) return route.abort('connectionreset');
      return route.continue();
    });
    await page.locator('input[type=file]').setInputFiles(video);
    await pickDate(page, '采集时间', '2026-11-02 09:30');
    await page.getByLabel('采集地点').fill('馆陶县陶山街 201 号惠民超市');
    await page.getByLabel('证明对象').fill('现场检查全过程');
    await look(kit, page, 'officer-evidence-upload-1280');
    await page.getByRole('button', { name: '开始上传' }).click();
    await expect.poll(() => patches, { timeout: 20_000 }).toBeGreaterThan(2);
    // the person leaves the page with the upload unfinished; back on it, the upload is remembered
    await page.unroute('**/api/v1/uploads/**');
    await page.reload();
    await page.getByText('有未完成的上传').waitFor();
    const resumedAt: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().includes('/api/v1/uploads/')) resumedAt.push(r.headers()['upload-offset'] ?? '');
    });
    await page.locator('input[type=file]').setInputFiles(video);
    await pickDate(page, '采集时间', '2026-11-02 09:30');
    await page.getByLabel('采集地点').fill('馆陶县陶山街 201 号惠民超市');
    await page.getByLabel('证明对象').fill('现场检查全过程');
    await page.getByRole('button', { name: '开始上传' }).click();
    await page.getByText(/已上传并登记/).waitFor({ timeout: 60_000 });
    // it went on from the server's offset (8 MiB), not from the start
    expect(Number(resumedAt[0])).toBe(8 * 1024 * 1024);
    const ev = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${caseId}/evidence`)).json() as {
      sha256: string;
      filename: string;
      size: number;
    }[];
    expect(ev.map((e) => [e.filename, e.size, e.sha256])).toEqual([['执法记录仪-20261102.mp4', bytes.length, sha256]]);
    await page.getByRole('button', { name: /执法记录仪-20261102/ }).click();
    await page.locator('video').waitFor();
    await look(kit, page, 'officer-evidence-viewer-1280');
  }, 180_000);

  it('R-PUB-4: a mark added by selecting text in the original is hidden in the published text', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    const caseId = await readyPenaltyCase(h, { notifiedFine: 5000 });
    expect((await propose(h, 'scjg.liming', caseId, penaltyProposal(5000))).statusCode).toBe(201);
    expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
    const head = await h.token('scjg.juzhang');
    expect((await h.request(head, 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} })).statusCode).toBe(200);
    expect((await h.request(head, 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' })).statusCode).toBe(201);
    const pub = (
      (await h.request(await h.token('scjg.gongshi'), 'GET', '/api/v1/publications')).json().items as { id: string; caseId: string }[]
    ).find((p) => p.caseId === caseId)!;

    const page = await as('scjg.gongshi');
    await page.goto(`${base}/workbench/publications/${pub.id}`);
    const original = page.getByTestId('original-text');
    await original.waitFor();
    const text = await original.innerText();
    const phrase = '过期酸奶 12 盒';
    const at = text.indexOf(phrase);
    expect(at).toBeGreaterThan(0);
    expect(text.indexOf(phrase, at + 1)).toBe(-1);
    // select the phrase with the mouse, as a person does
    // where the phrase's first and last characters are on screen (the function runs in the page)
    const box = (await page.evaluate(`(() => {
      const el = document.querySelector('[data-testid=original-text]');
      const from = ${at}, to = ${at + phrase.length};
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let n = 0, a = null, b = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        if (!a && from < n + len) a = [node, from - n];
        if (!b && to <= n + len) { b = [node, to - n]; break; }
        n += len;
      }
      const first = document.createRange(); first.setStart(a[0], a[1]); first.setEnd(a[0], a[1] + 1);
      const last = document.createRange(); last.setStart(b[0], b[1] - 1); last.setEnd(b[0], b[1]);
      first.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const s = first.getBoundingClientRect(), e = last.getBoundingClientRect();
      return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2 };
    })()`)) as { x1: number; y1: number; x2: number; y2: number };
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: `隐去所选文字（${phrase.length} 字）` }).click();
    await page.getByText(`「${phrase}」· 商业秘密`).waitFor();
    const published = page.getByTestId('published-text');
    await expect.poll(() => published.innerText()).not.toContain(phrase);
    // hidden where it stood: the characters before it, then the marker
    expect(await published.innerText()).toContain(`${text.slice(at - 4, at)}［已隐去：商业秘密］`);
    await look(kit, page, 'publisher-mark-1280');
    await page.getByRole('button', { name: '审核通过并公示' }).click();
    await toast(page, '已公示');
    const record = (await h.request(await h.token('scjg.gongshi'), 'GET', `/api/v1/publications/${pub.id}`)).json();
    const v = record.versions.at(-1);
    expect(v.marks.body).toEqual([{ start: at, end: at + phrase.length, reason: '商业秘密' }]);
    expect(v.publishedText).not.toContain(phrase);
    // the portal shows the published text without it
    const portal = await (await kit.context()).newPage();
    await portal.goto(
      `${base}${record.versions.length ? `/decisions/${encodeURIComponent((await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('scjg')).executeTakeFirstOrThrow()).credit_code)}/${encodeURIComponent(record.docNumber)}` : ''}`,
    );
    const shown = await portal.locator('main').innerText();
    expect(shown).toContain(record.docNumber);
    expect(shown).not.toContain(phrase);
  }, 120_000);

  it("R-X-3: the supervisor's figures are the API's for the same data", async () => {
    const page = await as('sfj.jiandu');
    await page.getByRole('menuitem', { name: '监督首页' }).click();
    await page.getByText('各机关数据').waitFor();
    await look(kit, page, 'supervisor-dashboard-1280');
    const api = (await h.request(await h.token('sfj.jiandu'), 'GET', '/api/v1/supervision/overview')).json() as {
      agencies: {
        agency: { name: string };
        cases: { total: number; open: number; overdue: number };
        reviews: { pending: number; overdue: number };
        publications: { pending: number; overdue: number; publishedLate: number };
      }[];
    };
    expect(api.agencies.length).toBeGreaterThan(1);
    for (const a of api.agencies) {
      const row = page.locator('tr', { has: page.getByRole('link', { name: a.agency.name, exact: true }) }).first();
      const figure = async (f: string) => Number(await row.locator(`[data-figure="${f}"]`).innerText());
      expect([
        a.agency.name,
        await figure('cases-total'),
        await figure('cases-open'),
        await figure('cases-overdue'),
        await figure('reviews-pending'),
        await figure('reviews-overdue'),
        await figure('publications-pending'),
        await figure('publications-overdue'),
        await figure('publications-late'),
      ]).toEqual([
        a.agency.name,
        a.cases.total,
        a.cases.open,
        a.cases.overdue,
        a.reviews.pending,
        a.reviews.overdue,
        a.publications.pending,
        a.publications.overdue,
        a.publications.publishedLate,
      ]);
    }
    // 调阅 from the dashboard asks the reason first, and the access is then in the log
    await page.getByRole('link', { name: '馆陶县市场监督管理局', exact: true }).click();
    await page
      .getByRole('link', { name: /销售过期食品案/ })
      .first()
      .click();
    await page.getByText('您不是本案承办人员，查看本案的执法记录须说明调阅事由').waitFor();
    await look(kit, page, 'supervisor-reason-gate-1280');
    await page.getByLabel('调阅事由').click();
    await page.getByTitle('执法监督检查').click();
    await page.getByRole('button', { name: '确认调阅' }).click();
    await page.getByText('全过程记录完整').waitFor();
    const log = (await h.request(await h.token('sfj.jiandu'), 'GET', '/api/v1/access-log')).json() as {
      actorName: string;
      reason: string;
    }[];
    expect(log.some((l) => l.actorName === '周文涛' && l.reason === '执法监督检查')).toBe(true);
  }, 120_000);

  it("R-X-1: a refused step shows the server's Chinese message in the step's own form", async () => {
    const admin = await h.token('scjg.admin');
    const zhao = (await h.request(admin, 'GET', `/api/v1/users/${h.user('scjg.o3')}`)).json() as { certificates: { id: string }[] };
    const cert = zhao.certificates[0]!.id;
    expect(
      (await h.request(admin, 'POST', `/api/v1/certificates/${cert}/status`, { status: 'valid', reason: '暂扣期满，恢复执法资格' }))
        .statusCode,
    ).toBe(200);
    const caseId = await openCase([h.user('scjg.o3'), h.user('scjg.o1')]);
    const page = await as('scjg.zhaoqiang');
    await page.goto(`${base}/workbench/cases/${caseId}`);
    await page.getByRole('button', { name: /^询问/ }).click();
    const drawer = page.getByRole('dialog', { name: '办理：询问' });
    await drawer.getByText('本案承办人，持有效执法证').waitFor();
    await drawer.getByRole('checkbox', { name: /赵强/ }).check();
    await drawer.getByRole('checkbox', { name: /李明/ }).check();
    await drawer.getByLabel('被询问人').fill('钱立新');
    await pickMoment(drawer, '询问开始时间', '2026-11-02 08:30');
    await pickMoment(drawer, '询问结束时间', '2026-11-02 09:15');
    await drawer.getByLabel('询问内容摘要').fill('当事人承认销售过期食品。');
    // the certificate is suspended while the form is open
    expect(
      (await h.request(admin, 'POST', `/api/v1/certificates/${cert}/status`, { status: 'suspended', reason: '涉嫌违规执法，暂扣执法证' }))
        .statusCode,
    ).toBe(200);
    await drawer.getByRole('button', { name: '办理「询问」' }).click();
    const alert = drawer.getByRole('alert').filter({ hasText: '赵强' });
    await expect.poll(() => alert.innerText()).toMatch(/赵强.*执法证（13043301000103）状态为「暂扣」/);
    await look(kit, page, 'officer-refused-1280');
    const steps = await h.tdb.db
      .selectFrom('case_events')
      .select('step')
      .where('case_id', '=', caseId)
      .where('step', '=', 'inquire')
      .execute();
    expect(steps).toEqual([]);
  }, 120_000);

  it('refuses a cross-site form and a cross-site link that ride on the session cookie (CSRF)', async () => {
    const caseId = await openCase();
    const ctx = await workbenchContext(kit, h);
    const page = await ctx.newPage();
    await signIn(page, base, 'scjg.wangfang');
    // another site (another origin) with a form posting to the API, and a link that would log a 调阅
    const target = `${base}/api/v1/cases/${caseId}`;
    const evil: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><form id="f" method="post" action="${target}/steps" enctype="text/plain"><input name='{"step":"inquire","inputs":{},"x":"' value='"}'><button>go</button></form><a id="l" href="${target}?reason=x">link</a>`,
      );
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.2', () => r()));
    const evilUrl = `http://localhost:${(evil.address() as { port: number }).port}/`;
    try {
      const before = await h.tdb.db
        .selectFrom('access_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      await page.goto(evilUrl.replace('localhost', '127.0.0.2'));
      const [post] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/steps')), page.locator('#f button').click()]);
      expect(post.status()).toBeGreaterThanOrEqual(400);
      await page.goto(evilUrl.replace('localhost', '127.0.0.2'));
      const [get] = await Promise.all([page.waitForResponse((r) => r.url().includes('reason=x')), page.locator('#l').click()]);
      expect(get.status()).toBe(403);
      expect((await get.json()).error.code).toBe('CSRF_REJECTED');
      const after = await h.tdb.db
        .selectFrom('access_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
      const steps = await h.tdb.db
        .selectFrom('case_events')
        .select('step')
        .where('case_id', '=', caseId)
        .where('kind', '=', 'case.step')
        .execute();
      expect(steps).toEqual([]);
      // the same session, from the workbench itself, works
      await page.goto(`${base}/workbench/cases/${caseId}`);
      await page.getByText('全过程记录完整').waitFor();
    } finally {
      evil.close();
    }
  }, 60_000);
});
