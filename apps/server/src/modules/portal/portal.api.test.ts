import Fastify from 'fastify';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCIES } from '../../demo/demo-org.ts';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { publicUrlFromEnv, siteFromEnv } from '../../cli/serve.ts';
import { DEFAULT_PUBLIC_URL } from '../../app.ts';
import { installErrorHandling } from '../../http/errors.ts';
import { ErrorSchema, type App } from '../../http/typebox.ts';
import { registerPortalRoutes } from './portal.routes.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-02T02:00:00Z' });
});
afterAll(async () => h?.close());

const scjg = DEMO_AGENCIES.find((a) => a.key === 'scjg')!;
const scjgs = DEMO_AGENCIES.find((a) => a.key === 'scjgs')!;
const get = (url: string, headers: Record<string, string> = {}) => h.request(null, 'GET', url, undefined, headers);

describe('portal pages (issue 5: 行政执法公示平台)', () => {
  it('R-PUB-8: the home page lists every agency with a link to its page, the officer check and the ledger, without scripts', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="zh-CN">');
    for (const a of DEMO_AGENCIES) expect(res.body).toContain(`<a href="/agencies/${a.creditCode}">${a.name}</a>`);
    for (const link of ['/ledger', '/officers', '/open-data', '/sitemap', '/contact', '/accessibility', 'action="/search"'])
      expect(res.body).toContain(link);
    // the developers' links moved from the public footer to 开放数据 (issue 22 point 3)
    for (const link of ['href="/api/openapi.json"', 'href="/health"']) expect(res.body).not.toContain(link);
    const open = await get('/open-data');
    for (const link of ['/api/openapi.json', '/api/v1/calendar', '/health', '/api/v1/public/parties/', '/decisions.atom', '/checkpoint'])
      expect(open.body).toContain(link);
    expect(res.body).not.toMatch(/<script/i);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const again = await get('/', { 'if-none-match': String(res.headers['etag']) });
    expect(again.statusCode).toBe(304);
  });

  it('R-PUB-1: an agency page shows its 执法主体 facts and 执法人员清单, and nothing private', async () => {
    const res = await get(`/agencies/${scjg.creditCode}`);
    expect(res.statusCode).toBe(200);
    for (const text of [
      scjg.name,
      scjg.creditCode,
      '馆陶县',
      scjg.address,
      scjg.phone,
      '执法人员清单',
      '李明',
      '13043301000101',
      '市场监管',
    ])
      expect(res.body).toContain(text);
    expect(res.body).toContain('<td>赵强</td><td><span class="badge bad">暂扣</span></td><td><a href="/officers/13043301000103">');
    expect(res.body).toContain('<td>刘洋</td><td><span class="badge bad">已过期</span></td><td><a href="/officers/13043301000104">');
    // usernames, roles and password hashes are never on a public page
    expect(res.body).not.toContain('scjg.liming');
    expect(res.body).not.toContain('scrypt');
    expect(res.body).not.toContain('password');
    // the 派出机构 links to its parent
    const sub = await get(`/agencies/${scjgs.creditCode}`);
    expect(sub.body).toContain(`<a href="/agencies/${scjg.creditCode}">${scjg.name}</a>`);
    expect(sub.body).toContain('馆陶镇');
  });

  it('an unknown or malformed 统一社会信用代码 gives a Chinese 404 page', async () => {
    for (const code of ['91130433MA0000000X', 'nope', '%3Cscript%3E', '1'.repeat(90)]) {
      const res = await get(`/agencies/${code}`);
      expect(res.statusCode, code).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('未找到执法主体');
      expect(res.body).not.toContain('<script>');
    }
  });
});

describe('officer check (R-PUB-2)', () => {
  it('a valid certificate: status, agency, 执法类别, 执法区域 names, validity and the QR code', async () => {
    const res = await get('/officers/13043301000101');
    expect(res.statusCode).toBe(200);
    for (const text of [
      '李明',
      '有效',
      scjg.name,
      '市场监管',
      '馆陶县',
      '2028-12-31',
      '/officers/13043301000101/qr.svg',
      '核验其他执法人员',
    ])
      expect(res.body).toContain(text);
    expect(res.body).not.toContain('role="alert"');
  });

  it('suspended and expired certificates say so prominently', async () => {
    const suspended = await get('/officers/13043301000103');
    expect(suspended.statusCode).toBe(200);
    expect(suspended.body).toMatch(/<div class="alert" role="alert"><p><strong>执法证状态：暂扣<\/strong>/);
    expect(suspended.body).toContain('不得从事行政执法活动');
    const expired = await get('/officers/13043301000104');
    expect(expired.body).toMatch(/<div class="alert" role="alert"><p><strong>执法证状态：已过期<\/strong>/);
    expect(expired.body).toContain('已于 2026-06-30 过期');
  });

  it('the status follows the China date of the server clock', async () => {
    const before = h.clock.now();
    try {
      h.clock.set('2028-12-31T15:59:00Z'); // 23:59 on 2028-12-31 in China: still valid
      expect((await get('/api/v1/public/officers/13043301000101')).json().status).toBe('valid');
      h.clock.set('2028-12-31T16:00:00Z'); // 00:00 on 2029-01-01 in China
      const res = await get('/api/v1/public/officers/13043301000101');
      expect(res.json()).toMatchObject({ status: 'expired', statusName: '已过期', checkedOn: '2029-01-01' });
      expect((await get('/officers/13043301000101')).body).toContain('执法证状态：已过期');
    } finally {
      h.clock.set(before);
    }
  });

  it('the lookup form redirects to the officer page; bad input gets a Chinese 400 page with the form', async () => {
    const ok = await get('/officers?number=%2013043301000101%20');
    expect(ok.statusCode).toBe(303);
    expect(ok.headers['location']).toBe('/officers/13043301000101');
    const form = await get('/officers');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<label for="number">执法证号</label>');
    for (const [q, message] of [
      ['number=', '请输入执法证号'],
      ['number=%3Cb%3E!', '执法证号格式不正确'],
      ['number=1&number=2', '执法证号格式不正确'],
    ] as const) {
      const res = await get(`/officers?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).toContain('aria-invalid="true"');
      expect(res.body).not.toContain('<b>');
    }
  });

  it('an unknown number gives a Chinese 404 page with the lookup form', async () => {
    for (const n of ['99999999', 'bad%20number', '%00']) {
      const res = await get(`/officers/${n}`);
      expect(res.statusCode, n).toBe(404);
      expect(res.body).toContain('未找到执法证');
      expect(res.body).toContain('action="/officers"');
      expect((await get(`/officers/${n}/qr.svg`)).statusCode).toBe(404);
    }
  });

  it('JSON for machines: public, cache-friendly, 404 and 400 in Chinese', async () => {
    // a forged Host header does not reach the answer: the address is configuration (issue 17)
    const res = await get('/api/v1/public/officers/13043301000103', { host: 'evil.example' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const body = res.json();
    expect(body).toMatchObject({
      number: '13043301000103',
      holder: '赵强',
      status: 'suspended',
      statusName: '暂扣',
      agency: { name: scjg.name, creditCode: scjg.creditCode },
      fields: ['市场监管'],
      url: `${DEFAULT_PUBLIC_URL}/officers/13043301000103`,
    });
    expect(body.regions[0]).toEqual({ code: '130433', name: '馆陶县' });
    expect(Object.keys(body)).not.toContain('username');
    expect(
      (await get('/api/v1/public/officers/13043301000103', { host: 'evil.example', 'if-none-match': String(res.headers['etag']) }))
        .statusCode,
    ).toBe(304);
    const missing = await get('/api/v1/public/officers/99999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('没有证号为「99999999」的执法证');
    const bad = await get('/api/v1/public/officers/%3Cx%3E');
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.paths['/api/v1/public/officers/{number}'].get.security).toEqual([]);
  });

  it('the QR code is an SVG encoding the absolute address of the officer page, never a forged Host', async () => {
    const res = await get('/officers/13043301000102/qr.svg', { host: 'evil.example:8080' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(res.body.trim()).toMatch(/<path [^>]*d="M[^"]+"[^>]*\/><\/svg>$/);
    // the library is deterministic: the same matrix drawn for the expected address
    const expected = await QRCode.toString(`${DEFAULT_PUBLIC_URL}/officers/13043301000102`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(res.body.replace(/ role="img" aria-label="[^"]*"/, '')).toBe(expected);
  });

  it('SANXIANG_SITE_* give the footer its 主办单位, 网站标识码 and 备案号; malformed ones stop the start with a Chinese message', () => {
    expect(
      siteFromEnv({
        SANXIANG_SITE_SPONSOR: ' 馆陶县人民政府 ',
        SANXIANG_SITE_CODE: '1304330001',
        SANXIANG_SITE_ICP: '冀ICP备20260001号-1',
        SANXIANG_SITE_PSB: '冀公网安备13043302000123号',
        SANXIANG_SITE_EMAIL: '',
      }),
    ).toEqual({ sponsor: '馆陶县人民政府', siteCode: '1304330001', icp: '冀ICP备20260001号-1', psb: '冀公网安备13043302000123号' });
    expect(() => siteFromEnv({ SANXIANG_SITE_CODE: '13043300' })).toThrow(/SANXIANG_SITE_CODE（网站标识码）格式不正确/);
    expect(() => siteFromEnv({ SANXIANG_SITE_ICP: '20260001号' })).toThrow(/ICP备案号/);
    expect(() => siteFromEnv({ SANXIANG_SITE_PSB: '冀公网安备' })).toThrow(/公安机关备案号/);
    expect(() => siteFromEnv({ SANXIANG_SITE_SPONSOR: '局'.repeat(101) })).toThrow(/过长/);
  });

  it('SANXIANG_PUBLIC_URL sets the address in QR codes and JSON, whatever the request host', async () => {
    expect(publicUrlFromEnv(undefined)).toBeUndefined();
    expect(publicUrlFromEnv('https://gs.example.gov.cn/')).toBe('https://gs.example.gov.cn');
    expect(publicUrlFromEnv('https://example.gov.cn/gs//')).toBe('https://example.gov.cn/gs');
    expect(() => publicUrlFromEnv('ftp://x')).toThrow(/SANXIANG_PUBLIC_URL/);
    expect(() => publicUrlFromEnv('not a url')).toThrow(/SANXIANG_PUBLIC_URL/);
    const app = Fastify() as unknown as App;
    app.addSchema(ErrorSchema);
    installErrorHandling(app);
    registerPortalRoutes(app, {
      db: h.tdb.db,
      clock: h.clock,
      publicUrl: 'https://gs.example.gov.cn',
      activity: async () => ({ latest: [], agencies: [], year: { year: 2026, total: 0, byKind: [], fineWan: 0 }, checkpoints: [] }),
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/public/officers/13043301000101', headers: { host: 'evil.example' } });
      expect(res.json().url).toBe('https://gs.example.gov.cn/officers/13043301000101');
      const qr = await app.inject({ method: 'GET', url: '/officers/13043301000101/qr.svg', headers: { host: 'evil.example' } });
      const expected = await QRCode.toString('https://gs.example.gov.cn/officers/13043301000101', {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      expect(qr.body.replace(/ role="img" aria-label="[^"]*"/, '')).toBe(expected);
    } finally {
      await app.close();
    }
  });
});
