import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { systemClock } from '../apps/server/src/adapters/clock.ts';
import { createPool } from '../apps/server/src/adapters/db/pool.ts';
import { createKysely } from '../apps/server/src/db/database.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { openKeyStore } from '../apps/server/src/adapters/keys/key-store.ts';
import { FsBlobStore } from '../apps/server/src/adapters/blobs/fs-blob-store.ts';
import { searchColumns, decisionKey } from '../apps/server/src/modules/publications/public-decision.ts';
import { searchDecisions, type SearchQuery } from '../apps/server/src/modules/search/search.service.ts';
import { embeddedTarget, externalTarget } from './lib/targets.ts';
import { fmt, summarise } from './lib/stats.ts';
import { loadInChild } from './lib/load-child.ts';
import { SHOP } from './lib/names.ts';

/**
 * 公示 search at national scale (R-PUB-8): 1,000,000 realistic publication records (双公示 fields,
 * 违法事实 of 200–400 characters; many agencies, violations, years) plus the full 决定书 text of
 * 100,000, on PostgreSQL. Prints search latency p50/p95/p99 over a mix of keyword and filtered
 * queries against a plain ILIKE scan in the same run (target p95 < 50 ms), and the decision
 * page's requests/s under load against /health in the same run (target ≥ 3,000/s).
 */
const N = Number(process.env['SEARCH_BENCH_ROWS'] ?? 1_000_000);
const FULL_TEXT = Math.round(N / 10);
const BATCH = 2_000;

// phrase pools: enough variety that bigram frequencies look like real decisions
const PROVINCES = ['河北省', '山东省', '河南省', '江苏省', '浙江省', '广东省', '四川省', '湖北省', '湖南省', '安徽省', '福建省', '山西省'];
const CITIES = [
  '邯郸市',
  '石家庄市',
  '保定市',
  '济南市',
  '郑州市',
  '南京市',
  '杭州市',
  '广州市',
  '成都市',
  '武汉市',
  '长沙市',
  '合肥市',
  '福州市',
  '太原市',
  '唐山市',
  '洛阳市',
];
const COUNTIES = [
  '馆陶县',
  '魏县',
  '大名县',
  '成安县',
  '临漳县',
  '肥乡区',
  '永年区',
  '曲周县',
  '邱县',
  '鸡泽县',
  '广平县',
  '涉县',
  '磁县',
  '武安市',
  '峰峰矿区',
  '丛台区',
];
const AGENCY_KINDS = [
  '市场监督管理局',
  '综合行政执法局',
  '生态环境局',
  '应急管理局',
  '交通运输局',
  '卫生健康委员会',
  '自然资源和规划局',
  '文化广电和旅游局',
];
const TRADE = [
  '超市有限公司',
  '食品厂',
  '建材经营部',
  '药房',
  '物流有限公司',
  '餐饮店',
  '化工有限公司',
  '汽车修理厂',
  '网吧',
  '加油站',
  '服装店',
  '农资经营部',
  '养殖场',
  '印刷厂',
  '家具厂',
  '商贸有限公司',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const VIOLATIONS = [
  '销售过期食品',
  '未取得食品经营许可从事食品经营',
  '虚假宣传',
  '占道经营',
  '未按规定明码标价',
  '销售不合格建材',
  '超标排放大气污染物',
  '未批先建',
  '未按规定设置安全警示标志',
  '超限超载运输',
  '无证行医',
  '非法占用耕地',
  '未经许可经营网吧',
  '生产销售假冒伪劣产品',
  '违规储存危险化学品',
  '未按规定落实消防安全责任',
];
const FACTS = [
  '执法人员依法对当事人经营场所进行现场检查',
  '发现当事人货架上摆放超过保质期的预包装食品',
  '当事人无法提供进货查验记录和供货者资质证明',
  '经询问当事人对上述违法事实无异议',
  '涉案货值金额共计人民币',
  '违法所得共计人民币',
  '当事人在其微信公众号发布宣传内容',
  '宣称产品具有预防和治疗疾病的功效',
  '占用城市道路人行道摆放商品经营',
  '价格标签标示的价格与结算价格不一致',
  '抽样检验结果显示该批次产品不合格',
  '在线监测数据显示颗粒物排放浓度超过国家标准',
  '未依法报批建设项目环境影响评价文件擅自开工建设',
  '现场检查时未能提供有效的许可证件',
  '经核查当事人已于案发后主动整改',
  '当事人系初次违法且危害后果轻微',
  '当事人拒不配合调查',
  '现场查扣涉案物品一批并制作查封扣押清单',
  '冷藏柜内存放的酸奶已过保质期三天',
  '车辆实际载货重量超过核定载质量百分之三十',
  '在未取得医疗机构执业许可证的情况下开展诊疗活动',
  '经现场测量占用耕地面积约二百平方米',
  '储存区未按规定设置通风和防爆设施',
  '消防通道被杂物堵塞且疏散指示标志损坏',
  '当事人提交了书面陈述申辩意见',
  '本机关依法告知当事人享有陈述申辩和要求听证的权利',
];
const DECISION_TEXT = [
  '依据《中华人民共和国行政处罚法》第二十八条',
  '依据《中华人民共和国食品安全法》第一百二十四条第一款',
  '依据《中华人民共和国广告法》第五十五条',
  '依据《中华人民共和国大气污染防治法》第九十九条',
  '当事人如不服本处罚决定，可以在收到本决定书之日起六十日内依法申请行政复议',
  '或者在六个月内依法向人民法院提起行政诉讼',
  '罚款应当自收到本决定书之日起十五日内缴至指定银行',
  '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款',
  '本机关于调查终结后依法进行了法制审核',
  '经本机关负责人集体讨论决定',
  '当事人的违法行为事实清楚、证据确凿',
  '根据当事人违法行为的事实、性质、情节以及社会危害程度',
];
const KINDS = ['行政处罚', '行政处罚', '行政处罚', '行政处罚', '行政许可', '行政许可', '行政检查', '行政强制'];

/**
 * A linear congruential generator read from its high bits. (Read as `s % n`, its low bits repeat
 * with a period of 2^k, so picks from pools of 8 or 16 came in fixed cycles: the newest 121,167
 * records held no 行政检查 at all, and one party name matched 5 % of all records.)
 */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 0x1_0000_0000) * n);
  };
}
const pick = <T>(r: (n: number) => number, a: readonly T[]): T => a[r(a.length)]!;

interface Agency {
  name: string;
  credit: string;
  short: string;
}
function agencies(r: (n: number) => number): Agency[] {
  const out: Agency[] = [];
  for (let i = 0; i < 400; i++) {
    const county = `${pick(r, PROVINCES)}${pick(r, CITIES)}${pick(r, COUNTIES)}`;
    const kind = pick(r, AGENCY_KINDS);
    out.push({
      name: `${county.slice(-3)}${kind}`,
      credit: `11${String(130000 + i).padStart(6, '0')}MB${String(i).padStart(6, '0')}${'0123456789ABCDEFGHJKLMNPQRTUWXY'[i % 31]}`,
      short: `${county.slice(-3, -1)}${kind.slice(0, 2)}`,
    });
  }
  return out;
}

function record(i: number, r: (n: number) => number, ag: Agency[]) {
  const a = pick(r, ag);
  const kind = pick(r, KINDS);
  const person = r(5) === 0;
  const party = person ? `${pick(r, SURNAMES)}某某` : `${pick(r, COUNTIES)}${pick(r, SHOP)}${pick(r, TRADE)}`;
  const violation = pick(r, VIOLATIONS);
  let facts = `经查，${party}`;
  while (facts.length < 200 + r(200)) facts += `${pick(r, FACTS)}，`;
  facts += `涉案金额${r(90000) + 100}元。`;
  const year = 2019 + r(8);
  const docNumber = `${a.short}${kind === '行政处罚' ? '罚' : kind === '行政许可' ? '许' : kind === '行政检查' ? '检' : '强'}〔${year}〕${i}号`;
  const fine = kind === '行政处罚' ? (r(200) + 1) * 500 : null;
  const conclusion = kind === '行政处罚' ? `罚款人民币${fine}元` : kind === '行政许可' ? '准予许可' : '责令限期整改';
  let body: string | null = null;
  if (i < FULL_TEXT) {
    body = `${a.name}\n行政处罚决定书\n${docNumber}\n当事人：${party}\n${facts}\n`;
    while (body.length < 1500 + r(1500)) body += `${pick(r, DECISION_TEXT)}，${pick(r, FACTS)}。\n`;
  }
  const d = {
    id: randomUUID(),
    key: decisionKey(a.credit, docNumber),
    agency: { name: a.name, creditCode: a.credit },
    kind,
    docNumber,
    title: `${party}${violation}案`,
    partyName: party,
    partyCreditCode: person ? null : `91${String(130000 + r(9000)).padStart(6, '0')}MA${String(i).padStart(9, '0')}`.slice(0, 18),
    violation,
    facts,
    conclusion,
    fine,
    decidedOn: `${year}-${String(r(12) + 1).padStart(2, '0')}-${String(r(28) + 1).padStart(2, '0')}`,
    body,
  };
  return { ...d, ...searchColumns({ ...d, agency: { id: null, name: a.name, creditCode: a.credit, regionCode: null } }) };
}

const arrayLiteral = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

export async function main(): Promise<string[]> {
  // SEARCH_BENCH_DB=<url of a database an earlier run kept with BENCH_KEEP=1>: reuse its records
  const reuse = process.env['SEARCH_BENCH_DB'];
  const target = reuse
    ? { kind: 'external' as const, url: reuse, cleanup: async () => undefined }
    : ((await externalTarget()) ?? (await embeddedTarget()));
  const pool = createPool(target.url, 12);
  const db = createKysely(pool);
  const dir = mkdtempSync(path.join(tmpdir(), 'sx-search-bench-'));
  const lines: string[] = [];
  try {
    await migrateToLatest(db);
    const have = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM public_decisions`.execute(db)).rows[0]!.n);
    const r = rng(20261123);
    const ag = agencies(r);
    const samples: { facts: string; party: string; credit: string | null; doc: string; agency: string; key: [string, string] }[] = [];
    if (have >= N) {
      const rows = await sql<{
        facts: string;
        party_name: string;
        party_credit_code: string | null;
        doc_number: string;
        agency_credit_code: string;
      }>`
        SELECT facts, party_name, party_credit_code, doc_number, agency_credit_code FROM public_decisions TABLESAMPLE SYSTEM (0.1) LIMIT 500`.execute(
        db,
      );
      for (const x of rows.rows)
        samples.push({
          facts: x.facts,
          party: x.party_name,
          credit: x.party_credit_code,
          doc: x.doc_number,
          agency: x.agency_credit_code,
          key: [x.agency_credit_code, x.doc_number],
        });
      lines.push(`setup: reusing ${fmt(have, 0)} records already loaded [${target.kind}]`);
    } else {
      // bulk load without the search indexes, then build them (as a first import would)
      await sql`DROP INDEX public_decisions_bigrams; DROP INDEX public_decisions_live_date; DROP INDEX public_decisions_agency; DROP INDEX public_decisions_decided; DROP INDEX public_decisions_party_credit; DROP INDEX public_decisions_doc_number; DROP INDEX public_decisions_kind_date`.execute(
        db,
      );
      const t0 = performance.now();
      const inFlight: Promise<unknown>[] = [];
      for (let i0 = 0; i0 < N; i0 += BATCH) {
        const rows = Array.from({ length: Math.min(BATCH, N - i0) }, (_, k) => record(i0 + k, r, ag));
        for (const x of rows)
          if (r(2000) === 0)
            samples.push({
              facts: x.facts,
              party: x.partyName,
              credit: x.partyCreditCode,
              doc: x.docNumber,
              agency: x.agency.creditCode,
              key: [x.agency.creditCode, x.docNumber],
            });
        const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((x) => x[k]);
        const q =
          sql`INSERT INTO public_decisions (id, key, source, agency_name, agency_credit_code, kind, doc_number, title, party_name, party_credit_code, violation, facts, conclusion, fine_amount, decided_on,
                  published_at, status, version, history, field_set, fields, body, updated_at, search_text, bigrams)
        SELECT id, key, 'local', an, ac, kd, dn, tt, pn, pc, vi, fa, co, fi, dd, dd::timestamptz + interval '3 days', 'published', 1, '[]'::jsonb, 'penalty',
               jsonb_build_object('CF_XDR_MC', pn, 'CF_WSH', dn, 'CF_WFXW', vi, 'CF_SY', fa, 'CF_NR', co, 'CF_JDRQ', dd, 'CF_CFJG', an, 'CF_CFJGDM', ac), bo, now(), st, bg::text[]
          FROM unnest(${col('id')}::uuid[], ${col('key')}::text[], ${rows.map((x) => x.agency.name)}::text[], ${rows.map((x) => x.agency.creditCode)}::text[], ${col('kind')}::text[], ${col('docNumber')}::text[],
                      ${col('title')}::text[], ${col('partyName')}::text[], ${col('partyCreditCode')}::text[], ${col('violation')}::text[], ${col('facts')}::text[], ${col('conclusion')}::text[],
                      ${col('fine')}::numeric[], ${col('decidedOn')}::date[], ${col('body')}::text[], ${col('search_text')}::text[], ${rows.map((x) => arrayLiteral(x.bigrams))}::text[])
               AS t(id, key, an, ac, kd, dn, tt, pn, pc, vi, fa, co, fi, dd, bo, st, bg)`.execute(db);
        inFlight.push(q);
        if (inFlight.length >= 3) await inFlight.shift();
      }
      await Promise.all(inFlight);
      const loadSecs = (performance.now() - t0) / 1000;
      const t1 = performance.now();
      await sql`SET maintenance_work_mem = '1GB'`.execute(db);
      await sql`CREATE INDEX public_decisions_bigrams ON public_decisions USING gin (bigrams) WHERE status IN ('published', 'corrected')`.execute(
        db,
      );
      await sql`CREATE INDEX public_decisions_live_date ON public_decisions(decided_on DESC, id DESC) WHERE status IN ('published', 'corrected')`.execute(
        db,
      );
      await sql`CREATE INDEX public_decisions_agency ON public_decisions(agency_credit_code, decided_on DESC, id DESC)`.execute(db);
      await sql`CREATE INDEX public_decisions_decided ON public_decisions(decided_on DESC, id)`.execute(db);
      await sql`CREATE INDEX public_decisions_party_credit ON public_decisions(party_credit_code) WHERE party_credit_code IS NOT NULL`.execute(
        db,
      );
      await sql`CREATE INDEX public_decisions_doc_number ON public_decisions(doc_number)`.execute(db);
      await sql`CREATE INDEX public_decisions_kind_date ON public_decisions(kind, decided_on DESC, id DESC) WHERE status IN ('published', 'corrected')`.execute(
        db,
      );
      await sql`VACUUM ANALYZE public_decisions`.execute(db);
      const indexSecs = (performance.now() - t1) / 1000;
      const size = await sql<{
        t: string;
        g: string;
      }>`SELECT pg_size_pretty(pg_total_relation_size('public_decisions')) AS t, pg_size_pretty(pg_relation_size('public_decisions_bigrams')) AS g`.execute(
        db,
      );
      lines.push(
        `setup: ${fmt(N, 0)} publication records (${fmt(FULL_TEXT, 0)} with full text) loaded in ${fmt(loadSecs, 0)} s, indexes built in ${fmt(indexSecs, 0)} s; table ${size.rows[0]!.t}, bigram index ${size.rows[0]!.g} [${target.kind}]`,
      );
    }

    // the query mix: keywords common and rare, two terms, party, credit code, 文号, filters, facets only
    const mix: { name: string; q: () => SearchQuery; like: () => string | null }[] = [];
    const qr = rng(7);
    const sub = (s: string, len: number) => {
      const start = qr(Math.max(1, s.length - len));
      return s.slice(start, start + len).replace(/[，。\s]/g, '');
    };
    mix.push({ name: 'common keyword', q: () => ({ q: pick(qr, ['食品', '罚款', '检查', '当事人', '违法']) }), like: () => null });
    mix.push({ name: 'rare phrase (6 chars of a record)', q: () => ({ q: sub(pick(qr, samples).facts, 6) }), like: () => null });
    mix.push({
      name: 'two terms',
      q: () => ({
        q: `${pick(qr, ['酸奶', '耕地', '网吧', '消防', '广告', '颗粒物'])} ${pick(qr, ['保质期', '面积', '许可', '通道', '功效', '浓度'])}`,
      }),
      like: () => null,
    });
    mix.push({ name: 'party name', q: () => ({ party: sub(pick(qr, samples).party, 5) }), like: () => null });
    mix.push({
      name: 'credit code',
      q: () => ({
        creditCode: pick(
          qr,
          samples.filter((s) => s.credit),
        ).credit!,
      }),
      like: () => null,
    });
    mix.push({ name: '文号', q: () => ({ docNumber: pick(qr, samples).doc }), like: () => null });
    mix.push({
      name: 'keyword + agency + dates',
      q: () => ({ q: pick(qr, ['罚款', '整改', '检查']), agency: pick(qr, samples).agency, from: '2022-01-01', to: '2024-12-31' }),
      like: () => null,
    });
    mix.push({
      name: 'kind + year, no keyword',
      q: () => ({
        kind: pick(qr, ['行政许可', '行政检查', '行政强制']),
        from: `${2019 + qr(8)}-01-01`,
        to: `${2019 + qr(8) >= 2026 ? 2026 : 2026}-12-31`,
      }),
      like: () => null,
    });

    const ROUNDS = Number(process.env['SEARCH_BENCH_ROUNDS'] ?? 40);
    const lat: number[] = [];
    const byName = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const m of mix) {
        const q = m.q();
        const a = performance.now();
        await searchDecisions(db, q);
        const ms = performance.now() - a;
        lat.push(ms);
        byName.set(m.name, [...(byName.get(m.name) ?? []), ms]);
      }
    }
    // relevance order (field hits first) is computed over every match: measured apart
    const rel: number[] = [];
    for (let i = 0; i < Math.max(4, ROUNDS / 4); i++) {
      const a = performance.now();
      await searchDecisions(db, { q: i % 2 ? pick(qr, ['食品', '罚款', '检查']) : sub(pick(qr, samples).facts, 6), sort: 'relevance' });
      rel.push(performance.now() - a);
    }
    const s = summarise(lat, 1);
    lines.push(
      `search (rows + estimated total + facets, ${lat.length} queries of ${mix.length} kinds): p50 ${fmt(s.p50, 1)} ms, p95 ${fmt(s.p95, 1)} ms, p99 ${fmt(s.p99, 1)} ms   target p95 < 50 ms: ${s.p95 < 50 ? 'met' : 'NOT met'}`,
    );
    const rs = summarise(rel, 1);
    lines.push(
      `  sorted by relevance (field hits first, over every match), ${rel.length} keyword queries: p50 ${fmt(rs.p50, 1)} ms, p95 ${fmt(rs.p95, 1)} ms`,
    );
    for (const [name, xs] of byName) {
      const k = summarise(xs, 1);
      lines.push(`  ${name}: p50 ${fmt(k.p50, 1)} ms, p95 ${fmt(k.p95, 1)} ms`);
    }

    // baseline: the same keyword queries as a plain ILIKE scan (first page + count), no index on the text
    const base: number[] = [];
    const BASE_ROUNDS = Number(process.env['SEARCH_BENCH_BASELINE'] ?? 8);
    for (let i = 0; i < BASE_ROUNDS; i++) {
      const kw = i % 2 === 0 ? pick(qr, ['食品', '罚款', '检查']) : sub(pick(qr, samples).facts, 6);
      const a = performance.now();
      await Promise.all([
        sql`SELECT id, title, decided_on FROM public_decisions WHERE status IN ('published', 'corrected') AND (title || ' ' || party_name || ' ' || facts || ' ' || coalesce(body, '')) ILIKE ${`%${kw}%`} ORDER BY decided_on DESC, id DESC LIMIT 20`.execute(
          db,
        ),
        sql`SELECT count(*) FROM public_decisions WHERE status IN ('published', 'corrected') AND (title || ' ' || party_name || ' ' || facts || ' ' || coalesce(body, '')) ILIKE ${`%${kw}%`}`.execute(
          db,
        ),
      ]);
      base.push(performance.now() - a);
    }
    const b = summarise(base, 1);
    lines.push(
      `  baseline: plain ILIKE scan (first page + count) of the same keywords, ${base.length} queries: p50 ${fmt(b.p50, 0)} ms, p95 ${fmt(b.p95, 0)} ms   ratio (p95) ${fmt(s.p95 / b.p95, 3)}`,
    );

    // the decision page under load, on a real listening server
    const { app } = await buildApp({
      db,
      pool,
      clock: systemClock,
      databaseKind: target.kind,
      keys: openKeyStore({ keysDir: path.join(dir, 'keys') }),
      dataDir: dir,
      blobs: FsBlobStore.inDataDir(dir),
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    // each work item is taken once: enough of them for the whole run (400 different decisions, round and round)
    const distinct = samples.slice(0, 400).map((x) => `/decisions/${encodeURIComponent(x.key[0])}/${encodeURIComponent(x.key[1])}`);
    const pages = Array.from({ length: 400_000 }, (_, i) => [
      { method: 'GET' as const, path: distinct[i % distinct.length]!, expect: 200 },
    ]);
    const SECS = Number(process.env['BENCH_SECONDS'] ?? 10);
    const pageLoad = await loadInChild({ baseUrl: url, concurrency: 32, durationMs: SECS * 1000, items: pages });
    const health = await loadInChild({
      baseUrl: url,
      concurrency: 32,
      durationMs: SECS * 1000,
      items: Array.from({ length: 400_000 }, () => [{ method: 'GET' as const, path: '/health', expect: 200 }]),
    });
    await app.close();
    const ps = summarise(pageLoad.latenciesMs, pageLoad.elapsedMs);
    const hs = summarise(health.latenciesMs, health.elapsedMs);
    lines.push(
      `decision page /decisions/<机关>/<文号> under load (32 connections, ${SECS} s, 400 different decisions): ${fmt(ps.perSecond, 0)} req/s, p99 ${fmt(ps.p99, 1)} ms, ${pageLoad.errors} errors   target >= 3,000/s: ${ps.perSecond >= 3000 ? 'met' : 'NOT met'}`,
      `  baseline: /health (one SELECT) on the same server: ${fmt(hs.perSecond, 0)} req/s   ratio ${fmt(ps.perSecond / hs.perSecond, 2)}`,
    );
  } finally {
    await db.destroy();
    await target.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
