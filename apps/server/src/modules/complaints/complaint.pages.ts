import { COMPLAINT_LIMITS, type FieldProblem } from '@sanxiang/domain';
import { esc, layout } from '../../http/html-layout.ts';
import type { PublicComplaintStatus } from './complaint.views.ts';

/**
 * 投诉举报 on the portal (R-X-4): the filing form (a plain multipart form: it works without
 * JavaScript, attachments included), the page that shows the tracking code once, and the lookup by
 * code. Every value is escaped; errors are announced (role=alert) and tied to their field.
 */

export interface FormValues {
  agencyId: string;
  kind: string;
  subjectRef: string;
  facts: string;
  request: string;
  name: string;
  phone: string;
}

export const EMPTY_FORM: FormValues = { agencyId: '', kind: 'complaint', subjectRef: '', facts: '', request: '', name: '', phone: '' };

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const TEXTAREA = 'style="width:100%;font:inherit;padding:.45rem .6rem;border:1px solid #52606d;border-radius:4px"';

function fieldError(problems: readonly FieldProblem[], path: string): { attrs: string; html: string } {
  const p = problems.find((x) => x.path === path);
  if (!p) return { attrs: '', html: '' };
  return {
    attrs: ` aria-invalid="true" aria-describedby="${path}-error"`,
    html: `<p class="alert" id="${path}-error" role="alert" style="margin:.3rem 0;padding:.3rem .6rem"><strong>${esc(p.message)}</strong></p>`,
  };
}

export function complaintFormPage(o: {
  agencies: readonly { id: string; name: string }[];
  values: FormValues;
  csrf: string;
  problems?: readonly FieldProblem[];
  error?: string | undefined;
}): string {
  const problems = o.problems ?? [];
  const v = o.values;
  const e = (path: string) => fieldError(problems, path);
  const agencyE = e('agencyId');
  const kindE = e('kind');
  const factsE = e('facts');
  const requestE = e('request');
  const refE = e('subjectRef');
  const nameE = e('name');
  const phoneE = e('phone');
  const fileE = e('attachments');
  const options = o.agencies
    .map((a) => `<option value="${esc(a.id)}"${a.id === v.agencyId ? ' selected' : ''}>${esc(a.name)}</option>`)
    .join('');
  const radio = (value: string, label: string, hint: string) =>
    `<p style="margin:.2rem 0"><input type="radio" id="kind-${value}" name="kind" value="${value}"${v.kind === value ? ' checked' : ''} style="min-width:0;width:auto"${kindE.attrs}> <label for="kind-${value}" style="display:inline">${label}</label> <span class="hint">${hint}</span></p>`;
  const summary = problems.length
    ? `<div class="alert" role="alert" id="form-error"><strong>提交未成功，请修改以下 ${problems.length} 处：</strong><ul>${problems
        .map((p) => `<li><a href="#${esc(p.path === 'kind' ? 'kind-complaint' : p.path)}">${esc(p.message)}</a></li>`)
        .join('')}</ul></div>`
    : o.error
      ? `<div class="alert" role="alert" id="form-error"><strong>${esc(o.error)}</strong></div>`
      : '';
  return layout({
    title: '投诉举报',
    current: 'complaints',
    path: '/complaints',
    main: `<h1>投诉举报</h1>
<p>对行政执法机关及其执法人员的执法行为有意见，可以在这里向该机关提出投诉或者举报。提交后即由该机关受理，并在规定期限内答复；司法行政部门对办理情况进行监督。您将得到一个<strong>查询码</strong>，凭查询码可以随时查看办理进度和答复。</p>
<p class="hint">您的姓名、联系电话和上传的材料只供受理机关和司法行政部门办理、监督使用，不会在本平台公开。已经申请行政复议或者提起行政诉讼的事项，请按相应程序办理。</p>
${summary}
<form action="/complaints" method="post" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="${esc(o.csrf)}">
<fieldset style="border:0;padding:0;margin:0"><legend style="font-weight:600">类别</legend>${kindE.html}
${radio('complaint', '投诉', '执法行为侵犯了您自己的权益，须留姓名和电话')}
${radio('report', '举报', '反映执法中的违法行为，可以匿名')}</fieldset>
<p><label for="agencyId">被投诉举报的执法机关</label>${agencyE.html}<select id="agencyId" name="agencyId" required style="max-width:100%"${agencyE.attrs}><option value="">请选择</option>${options}</select></p>
<p><label for="subjectRef">涉及的决定书文号或者案件编号（可不填）</label>${refE.html}<input id="subjectRef" name="subjectRef" maxlength="${COMPLAINT_LIMITS.subjectRef}" value="${esc(v.subjectRef)}" style="width:100%"${refE.attrs}></p>
<p><label for="facts">事实和理由</label>${factsE.html}<textarea id="facts" name="facts" rows="7" maxlength="${COMPLAINT_LIMITS.facts}" required ${TEXTAREA} aria-describedby="facts-hint${factsE.html ? ' facts-error' : ''}"${factsE.attrs ? ' aria-invalid="true"' : ''}>${esc(v.facts)}</textarea></p>
<p class="hint" id="facts-hint">写明时间、地点、执法人员或者执法证号（如知道）以及发生了什么，不超过 ${COMPLAINT_LIMITS.facts} 字。</p>
<p><label for="request">您的请求</label>${requestE.html}<textarea id="request" name="request" rows="3" maxlength="${COMPLAINT_LIMITS.request}" required ${TEXTAREA}${requestE.attrs}>${esc(v.request)}</textarea></p>
<p><label for="name">姓名或者名称</label>${nameE.html}<input id="name" name="name" maxlength="${COMPLAINT_LIMITS.name}" autocomplete="name" value="${esc(v.name)}"${nameE.attrs}></p>
<p><label for="phone">联系电话</label>${phoneE.html}<input id="phone" name="phone" maxlength="${COMPLAINT_LIMITS.phone}" inputmode="tel" autocomplete="tel" value="${esc(v.phone)}"${phoneE.attrs} aria-describedby="phone-hint"></p>
<p class="hint" id="phone-hint">投诉须填写姓名和电话；举报可以不填（匿名举报只能凭查询码查看答复）。</p>
<p><label for="attachments">证明材料（可不传）</label>${fileE.html}<input type="file" id="attachments" name="attachments" multiple accept="image/jpeg,image/png,application/pdf" aria-describedby="attachments-hint"${fileE.attrs}></p>
<p class="hint" id="attachments-hint">照片（JPEG、PNG）或者 PDF，最多 ${COMPLAINT_LIMITS.attachments} 个，每个不超过 ${COMPLAINT_LIMITS.attachmentBytes / 1024 / 1024} MB、合计不超过 ${COMPLAINT_LIMITS.attachmentsTotalBytes / 1024 / 1024} MB。${problems.length ? '<strong>如需上传材料，请重新选择文件。</strong>' : ''}</p>
<p><button type="submit">提交</button></p>
</form>
<p>已经提交过？<a href="/complaints/track">凭查询码查看办理进度</a></p>`,
  });
}

export function complaintFiledPage(o: {
  code: string;
  kindName: string;
  agencyName: string;
  receivedOn: string;
  dueOn: string | null;
}): string {
  return layout({
    title: '投诉举报已提交',
    current: 'complaints',
    main: `<h1>您的${esc(o.kindName)}已提交</h1>
<div class="status-ok" role="status"><p style="margin:0">${esc(o.agencyName)}已于 ${chineseDate(o.receivedOn)} 受理您的${esc(o.kindName)}${
      o.dueOn ? `，将于 <strong>${chineseDate(o.dueOn)}</strong> 前（工作日）答复` : ''
    }。</p></div>
<h2>您的查询码</h2>
<p style="font-size:1.6rem;font-weight:700;letter-spacing:.08em;font-family:ui-monospace,Consolas,monospace;overflow-wrap:anywhere" id="code">${esc(o.code)}</p>
<div class="alert"><strong>请立即抄写、截图或者打印本页保存查询码。</strong>查询码只显示这一次，本平台不保存查询码本身，遗失后无法找回；凭查询码可以查看办理进度和答复，请勿告知他人。</div>
<p class="no-print"><a href="/complaints/track">查看办理进度</a> · <a href="/complaints">再提交一件</a></p>`,
  });
}

export function complaintTrackPage(
  o: { code?: string; error?: string | undefined; status?: PublicComplaintStatus | undefined } = {},
): string {
  const invalid = o.error ? ' aria-invalid="true" aria-describedby="code-error code-hint"' : ' aria-describedby="code-hint"';
  const s = o.status;
  const result = s
    ? `<h2>办理情况</h2>
<dl><dt>类别</dt><dd>${esc(s.kindName)}</dd><dt>受理机关</dt><dd>${esc(s.filedAgencyName)}</dd>${
        s.transferred ? `<dt>转办至</dt><dd>${esc(s.agencyName)}</dd>` : ''
      }${s.subjectRef ? `<dt>涉及文号</dt><dd>${esc(s.subjectRef)}</dd>` : ''}<dt>受理日期</dt><dd>${chineseDate(s.receivedOn)}</dd><dt>办理状态</dt><dd><span class="badge ${
        s.state === 'answered' ? 'ok' : 'info'
      }">${esc(s.stateName)}</span></dd>${
        s.state !== 'answered' && s.dueOn ? `<dt>答复期限</dt><dd>${chineseDate(s.dueOn)}（工作日）</dd>` : ''
      }${s.answeredOn ? `<dt>答复日期</dt><dd>${chineseDate(s.answeredOn)}</dd>` : ''}</dl>
${
  s.answer
    ? `<h2>答复</h2><div style="white-space:pre-wrap;border-left:4px solid #0b5cad;padding:.4rem .9rem;background:#f5f7fa">${esc(s.answer)}</div><p class="hint">对答复不满意的，可以依法申请行政复议或者向上级机关、司法行政部门反映。</p>`
    : s.transferred
      ? `<p>您的投诉举报不属于原受理机关管辖，已转交${esc(s.agencyName)}办理。</p>`
      : '<p>正在办理，答复后将在这里显示。</p>'
}`
    : '';
  return layout({
    title: '投诉举报查询',
    current: 'complaints',
    main: `<h1>投诉举报查询</h1>
<p>输入提交投诉举报时得到的查询码，查看办理进度和答复。</p>
${o.error ? `<div class="alert" id="code-error" role="alert"><strong>${esc(o.error)}</strong></div>` : ''}
<form class="inline" action="/complaints/track" method="post">
<div><label for="code">查询码</label><input id="code" name="code" required maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false" value="${esc(o.code ?? '')}"${invalid}></div>
<button type="submit">查询</button></form>
<p class="hint" id="code-hint">16 位字母和数字，如 K7QM-4XPR-9TWD-2B6H，不区分大小写。</p>
${result}
<p><a href="/complaints">提交投诉举报</a></p>`,
  });
}
