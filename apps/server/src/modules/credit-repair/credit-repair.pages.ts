import { esc, layout } from '../../http/html-layout.ts';
import { chineseNumeral } from '@sanxiang/domain';
import type { CreditRepairRules } from '@sanxiang/domain';
import type { RepairTarget } from '../publications/publication.credit.ts';
import type { applicationsOfCase } from './credit-repair.queries.ts';
import { APPLICANT_ROLES, ATTACHMENT_TYPES, MAX_ATTACHMENTS } from './credit-repair.service.ts';

/**
 * The 当事人专区's 信用修复 pages: server-rendered, no script, one form that carries its files as
 * multipart/form-data; whether the party may apply, and why not, is said with the rule and article.
 */

type PartyApplications = Awaited<ReturnType<typeof applicationsOfCase>>;

const chineseDate = (iso: string | null) => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const STATE_NAMES: Record<string, string> = {
  published: '公示中',
  expired: '公示期满',
  stopped: '已提前停止公示（已修复）',
  withdrawn: '已撤下',
  'withdrawal-pending': '待撤下',
};

const BADGES: Record<string, string> = { pending: 'info', granted: 'ok', refused: 'bad' };

function eligibilityBlock(t: RepairTarget, headingLevel: 'h3' | 'h2' = 'h3'): string {
  const e = t.eligibility;
  if (e.eligible)
    return `<p class="status-ok">可以申请信用修复：该决定已公示满${e.minimum ? (e.minimum.months === 12 ? '一年' : `${chineseNumeral(e.minimum.months)}个月`) : '规定期限'}（自 ${chineseDate(e.from)} 起可以申请，${esc(e.minimum?.basis ?? '')}），且不属于不得提前停止公示的行政处罚。</p>${
      e.toVerify.length
        ? `<${headingLevel === 'h3' ? 'h4' : 'h3'}>执法机关还将核实</${headingLevel === 'h3' ? 'h4' : 'h3'}><ul>${e.toVerify
            .map((r) => `<li>${esc(r.message)}<span class="hint">（${esc(r.basis)}）</span></li>`)
            .join('')}</ul>`
        : ''
    }`;
  return `<div class="alert" role="note"><strong>不能申请信用修复：</strong><ul>${e.refusals
    .map((r) => `<li>${esc(r.message)}${r.basis ? `（依据：${esc(r.basis)}）` : ''}</li>`)
    .join('')}</ul></div>`;
}

function applicationsTable(apps: PartyApplications, caption: string): string {
  if (!apps.length) return '<p>暂无信用修复申请。</p>';
  return `<table class="rows"><caption>${esc(caption)}</caption><thead><tr><th scope="col">申请编号</th><th scope="col">决定文书号</th><th scope="col">提交日期</th><th scope="col">决定期限</th><th scope="col">状态</th></tr></thead><tbody>${apps
    .map(
      (a) =>
        `<tr><td data-label="申请编号">${esc(a.number)}</td><td data-label="决定文书号">${esc(a.docNumber)}</td><td data-label="提交日期"><time datetime="${esc(a.receivedOn)}">${esc(chineseDate(a.receivedOn))}</time></td><td data-label="决定期限"><time datetime="${esc(a.dueOn)}">${esc(chineseDate(a.dueOn))}</time>前</td><td data-label="状态"><span class="badge ${BADGES[a.state]}">${esc(a.stateName)}</span>${
          a.decisionReason ? `<br><span class="hint">决定理由：${esc(a.decisionReason)}</span>` : ''
        }</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** The list: the case's published decisions, whether each may be repaired, and the party's applications. */
export function creditRepairListPage(v: {
  partyName: string;
  caseNumber: string;
  targets: RepairTarget[];
  applications: PartyApplications;
  done?: { number: string; dueOn: string } | undefined;
}): string {
  const targets = v.targets.length
    ? v.targets
        .map(
          (t, i) => `<section aria-labelledby="t-${i}"><h3 id="t-${i}">${esc(t.title)}</h3>
<dl><dt>决定文书号</dt><dd>${esc(t.docNumber)}</dd><dt>决定日期</dt><dd>${esc(chineseDate(t.decidedOn))}</dd><dt>公示状态</dt><dd>${esc(STATE_NAMES[t.state] ?? t.state)}</dd>${
            t.publishedOn
              ? `<dt>公示期</dt><dd>${esc(chineseDate(t.publishedOn))}起${t.publicUntil ? `至${esc(chineseDate(t.publicUntil))}` : ''}</dd>`
              : ''
          }${t.penalty ? `<dt>处罚内容</dt><dd>${esc(t.penalty)}</dd>` : ''}</dl>
${t.state === 'published' ? eligibilityBlock(t) : ''}${
            t.state === 'published' &&
            t.eligibility.eligible &&
            !v.applications.some((a) => a.publicationId === t.id && a.state === 'pending')
              ? `<p><a href="/party/credit-repair/${esc(t.id)}">申请信用修复：${esc(t.docNumber)}</a></p>`
              : ''
          }</section>`,
        )
        .join('\n')
    : '<p>本案尚无已公示的行政处罚决定。</p>';
  return layout({
    title: '当事人专区 · 信用修复',
    current: 'party',
    main: `<h1>信用修复</h1>
${v.done ? `<p class="status-ok" role="status">您的信用修复申请已提交，申请编号 <strong>${esc(v.done.number)}</strong>。执法机关将在 ${esc(chineseDate(v.done.dueOn))} 前作出决定，结果在本页显示。</p>` : ''}
<p><a href="/party/case">返回本案当事人专区</a></p>
<dl><dt>案件编号</dt><dd>${esc(v.caseNumber)}</dd><dt>当事人</dt><dd>${esc(v.partyName)}</dd></dl>
<p class="hint">行政处罚信息公示期间，当事人符合规定条件的，可以向作出行政处罚决定的机关申请信用修复，提前停止公示。是否可以申请，按作出决定的机关所在领域的规定判断；没有相应规定的领域，公示至公示期满。</p>
<h2 id="decisions-h">本案公示的决定</h2>
${targets}
<h2 id="apps-h">我的申请</h2>
${applicationsTable(v.applications, '信用修复申请及其办理状态')}`,
  });
}

export interface ApplyForm {
  applicantRole?: string;
  applicantName?: string;
  contact?: string;
  reasons?: string;
}

/** The application form for one decision (or why it cannot be made). */
export function creditRepairApplyPage(v: {
  target: RepairTarget;
  rules: CreditRepairRules;
  csrf: string;
  form?: ApplyForm;
  error?: { message: string; code?: string; field?: string | undefined } | undefined;
}): string {
  const t = v.target;
  const f = v.form ?? {};
  const err = v.error;
  const invalid = (field: string) => (err?.field === field ? ' aria-invalid="true" aria-describedby="form-error"' : '');
  const rules = v.rules;
  const form =
    t.state === 'published' && t.eligibility.eligible
      ? `<form action="/party/credit-repair/${esc(t.id)}" method="post" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="${esc(v.csrf)}">
<fieldset><legend>申请人身份</legend>${Object.entries(APPLICANT_ROLES)
          .map(
            ([k, label], i) =>
              `<p><input type="radio" id="role-${k}" name="applicantRole" value="${k}"${(f.applicantRole ?? 'legal-representative') === k ? ' checked' : ''}${i === 0 ? ' required' : ''} style="min-width:0;width:auto"> <label for="role-${k}" style="display:inline;font-weight:400">${esc(label)}</label></p>`,
          )
          .join('')}</fieldset>
<p><label for="applicantName">申请人姓名</label><input id="applicantName" name="applicantName" required maxlength="50" autocomplete="name" value="${esc(f.applicantName ?? '')}"${invalid('applicantName')}></p>
<p><label for="contact">联系电话（可不填）</label><input id="contact" name="contact" maxlength="20" inputmode="tel" autocomplete="tel" value="${esc(f.contact ?? '')}"${invalid('contact')}></p>
<p><label for="reasons">申请理由</label><textarea id="reasons" name="reasons" rows="6" maxlength="3000" required aria-describedby="reasons-hint${err?.field === 'reasons' ? ' form-error' : ''}" style="width:100%">${esc(f.reasons ?? '')}</textarea></p>
<p class="hint" id="reasons-hint">写明履行行政处罚决定（如缴纳罚款）的情况、整改和消除危害后果、不良影响的情况，10 至 3000 字。</p>
<p><label for="files">证明材料（可选，最多 ${MAX_ATTACHMENTS} 个文件）</label><input type="file" id="files" name="files" multiple accept="${Object.keys(ATTACHMENT_TYPES).join(',')}" aria-describedby="files-hint"${invalid('files')}></p>
<p class="hint" id="files-hint">如罚没款缴纳凭证、整改报告、现场照片；PDF、JPEG 或 PNG 格式，每个不超过 5 MB。</p>
<h3>守信承诺书</h3>
<blockquote id="commitment-text" style="margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid #52606d;background:#f5f7fa">${esc(rules.commitment.text)}</blockquote>
<p><input type="checkbox" id="commitment" name="commitment" value="yes" required aria-describedby="commitment-text" style="min-width:0;width:auto"${invalid('commitment')}> <label for="commitment" style="display:inline;font-weight:400">我已阅读并接受上述守信承诺书</label></p>
<p><button type="submit">提交信用修复申请</button></p>
</form>`
      : '';
  return layout({
    title: '当事人专区 · 申请信用修复',
    current: 'party',
    main: `<h1>申请信用修复</h1>
<p><a href="/party/credit-repair">返回信用修复</a></p>
${err ? `<div class="alert" id="form-error" role="alert" data-code="${esc(err.code ?? '')}"><strong>${esc(err.message)}</strong></div>` : ''}
<dl><dt>决定</dt><dd>${esc(t.title)}</dd><dt>决定文书号</dt><dd>${esc(t.docNumber)}</dd><dt>公示期</dt><dd>${esc(chineseDate(t.publishedOn))}起${t.publicUntil ? `至${esc(chineseDate(t.publicUntil))}` : ''}</dd>${
      t.penalty ? `<dt>处罚内容</dt><dd>${esc(t.penalty)}</dd>` : ''
    }</dl>
<h2>是否可以申请</h2>
${t.state === 'published' ? eligibilityBlock(t, 'h2') : `<p>该决定当前为「${esc(STATE_NAMES[t.state] ?? t.state)}」，无需申请。</p>`}
${
  rules.allowed.value && t.eligibility.eligible
    ? `<h2>依据和办理期限</h2><ul><li>${esc(rules.name)}</li>${
        rules.decisionLimit
          ? `<li>执法机关自收到申请之日起${chineseNumeral(rules.decisionLimit.days)}个工作日内作出决定（依据：${esc(rules.decisionLimit.basis)}）</li>`
          : ''
      }${rules.materials.map((m) => `<li>申请材料：${esc(m.name)}（依据：${esc(m.basis)}）</li>`).join('')}</ul>`
    : ''
}
${form ? `<h2>填写申请</h2>${form}` : ''}`,
  });
}
