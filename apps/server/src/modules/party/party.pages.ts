import { esc, layout } from '../../http/html-layout.ts';
import type { PartyAct, PartyCaseView } from './party.service.ts';

/**
 * 当事人专区 pages: server-rendered forms that work without JavaScript, each field labelled,
 * errors announced (role=alert) and tied to their field, in plain words a party understands.
 */

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const time = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

function alert(message: string | undefined, id = 'form-error'): string {
  return message ? `<div class="alert" id="${id}" role="alert"><strong>${esc(message)}</strong></div>` : '';
}

export function partySignInPage(o: { caseNumber?: string; error?: string } = {}): string {
  const invalid = o.error ? ' aria-invalid="true" aria-describedby="form-error"' : '';
  return layout({
    title: '当事人专区',
    current: 'party',
    main: `<h1>当事人专区</h1>
<p>收到行政处罚告知书的当事人，可以凭告知书上的<strong>案件编号</strong>和<strong>访问码</strong>登录，在法定期限内在线提出陈述、申辩意见或者听证申请，确认电子送达，并查阅执法机关向您送达的文书。您在这里提交的内容记入本案的执法全过程记录，与书面提出具有同等效力。</p>
${alert(o.error)}
<form action="/party/sign-in" method="post">
<p><label for="caseNumber">案件编号</label><input id="caseNumber" name="caseNumber" required maxlength="60" autocomplete="off" value="${esc(o.caseNumber ?? '')}"${invalid} aria-describedby="caseNumber-hint"></p>
<p class="hint" id="caseNumber-hint">如：馆市监罚〔2026〕3号（方括号可输入 [ ]）</p>
<p><label for="code">访问码</label><input id="code" name="code" required maxlength="20" autocomplete="off" autocapitalize="characters" spellcheck="false"${invalid} aria-describedby="code-hint"></p>
<p class="hint" id="code-hint">12 位字母和数字，如 K7QM-4XPR-9TWD，不区分大小写</p>
<p><button type="submit">登录</button></p>
</form>
<h2>说明</h2>
<ul><li>访问码只用于本案，请勿告知他人。访问码如被他人知悉，请联系办案机关作废。</li>
<li>连续输错 5 次后，每次再试须稍候，等待时间逐次加长。</li>
<li>不方便在网上办理的，仍可按告知书载明的方式书面或者口头提出。</li></ul>`,
  });
}

/** What the party is told after an act; the hearing notice's lead time is the case's rule pack's. */
const doneMessages = (v: PartyCaseView): Record<PartyAct | 'signed-in', string> => ({
  'signed-in': '',
  statement: '您的陈述、申辩意见已提交，已记入本案执法全过程记录。执法机关将进行复核，成立的予以采纳。',
  hearing: `您的听证申请已提交，已记入本案执法全过程记录。执法机关将在举行听证的${v.law.hearingNoticeLead}前通知您听证的时间、地点。`,
  waive: '您已声明放弃陈述、申辩和听证的权利，已记入本案执法全过程记录。',
  consent: '您已同意电子送达。此后执法机关向您送达的文书将在本专区提供查阅和下载。',
});

function form(act: PartyAct, csrf: string, inner: string, button: string): string {
  return `<form action="/party/${act}" method="post"><input type="hidden" name="csrf" value="${esc(csrf)}">${inner}<p><button type="submit">${button}</button></p></form>`;
}

function confirmBox(id: string, label: string): string {
  return `<p><input type="checkbox" id="${id}" name="confirm" value="yes" required style="min-width:0;width:auto"> <label for="${id}" style="display:inline;font-weight:400">${esc(label)}</label></p>`;
}

export function partyCasePage(
  v: PartyCaseView,
  o: { csrf: string; done?: string | undefined; error?: { act: string; message: string } | undefined },
): string {
  const messages = doneMessages(v);
  const done = o.done && o.done in messages ? messages[o.done as PartyAct] : '';
  const err = (act: PartyAct) => (o.error?.act === act ? alert(o.error.message, `${act}-error`) : '');
  const what = `陈述、申辩${v.notice?.hearingRight ? '和申请听证' : ''}`;
  const windowLine = v.window
    ? v.window.until === null
      ? `<p>${what}的期限自您收到告知书之日起计算；办案机关尚未登记送达，您现在即可提出。</p>`
      : v.window.open
        ? `<p>您于 ${chineseDate(v.window.receivedOn!)} 收到告知书，${what}的期限至 <strong>${chineseDate(v.window.until)}</strong>（按工作日计算，含今日尚余 ${v.window.workingDaysLeft} 个工作日）。</p>`
        : `<p>${what}的期限已于 ${chineseDate(v.window.until)} 届满。</p>`
    : '';
  const notice = v.notice
    ? `<dl><dt>告知日期</dt><dd>${chineseDate(v.notice.on)}</dd><dt>拟作出的行政处罚</dt><dd>${esc(v.notice.proposedPenalty)}</dd>${
        v.notice.sanctions !== null ? `<dt>处罚种类</dt><dd>${esc(v.notice.sanctions)}</dd>` : ''
      }<dt>听证权利</dt><dd>${v.notice.hearingRight ? '告知书告知了您要求听证的权利' : '拟作出的处罚不属于应当告知听证权利的情形'}</dd></dl>${windowLine}`
    : '<p>本案尚未向您告知拟作出的行政处罚。</p>';

  const statement = v.can.statement
    ? form(
        'statement',
        o.csrf,
        `<p><label for="statement">陈述、申辩意见</label><textarea id="statement" name="statement" rows="6" maxlength="5000" required aria-describedby="statement-hint${o.error?.act === 'statement' ? ' statement-error' : ''}" style="width:100%;font:inherit;padding:.45rem .6rem;border:1px solid #52606d;border-radius:4px"></textarea></p><p class="hint" id="statement-hint">写明您对违法事实、证据、依据或者拟处罚内容的意见和理由，不超过 5000 字；可以多次提交。需要提交证据材料的，请与办案机关联系。</p>`,
        '提交陈述、申辩意见',
      )
    : `<p>${
        v.hearingRequestedOn && !v.closed
          ? `您已申请听证，可以在听证会上进行申辩和质证（${esc(v.law.hearing)}）；听证前如需补充书面意见，请直接提交办案机关。`
          : v.window && !v.window.open
            ? '期限已届满，不能再在网上提交。'
            : '当前不在陈述、申辩期间。'
      }</p>`;

  const hearing = v.hearingRequestedOn
    ? `<p class="status-ok">您已于 ${chineseDate(v.hearingRequestedOn)} 申请听证。执法机关将在举行听证的${esc(v.law.hearingNoticeLead)}前通知您听证的时间、地点。</p>`
    : v.can.hearing
      ? form(
          'hearing',
          o.csrf,
          `${confirmBox('hearing-confirm', '我要求就本案举行听证，并知悉无正当理由不出席听证的，视为放弃听证权利')}`,
          '申请听证',
        )
      : `<p>${v.notice && !v.notice.hearingRight ? '告知书未告知听证权利，不能在网上申请听证；如有异议，请联系办案机关。' : '当前不能申请听证。'}</p>`;

  const waive = v.can.waive
    ? `<details><summary>放弃陈述、申辩和听证的权利</summary>${form(
        'waive',
        o.csrf,
        `${confirmBox('waive-confirm', '我已阅读行政处罚告知书，自愿放弃陈述、申辩和听证的权利')}<p><label for="note">补充说明（可不填）</label><input id="note" name="note" maxlength="500" style="width:100%"></p>`,
        '确认放弃',
      )}</details>`
    : '';

  const consent = v.consent
    ? `<p class="status-ok">您已于 ${chineseDate(v.consent.on)} 同意以本专区作为电子送达地址${v.consent.contact ? `，提醒发送至 ${esc(v.consent.contact)}` : ''}。</p>`
    : v.can.consent
      ? form(
          'consent',
          o.csrf,
          `<p>同意后，执法机关可以将行政处罚决定书等文书送达至本专区，文书到达本专区之日为送达之日（${esc(v.law.electronicDelivery)}）。</p><p><label for="contact">接收提醒的手机号码或电子邮箱（可不填）</label><input id="contact" name="contact" maxlength="100" autocomplete="email" aria-describedby="contact-hint"></p><p class="hint" id="contact-hint">仅用于提醒您查收，不作为送达地址。</p>${confirmBox('consent-confirm', '我同意采用电子送达方式接收本案文书')}`,
          '同意电子送达',
        )
      : '<p>本案当前不能办理电子送达确认。</p>';

  const docs = v.documents.length
    ? `<div class="scroll" tabindex="0" role="region" aria-labelledby="docs-h"><table><caption>已向您送达的文书（每次下载均记录在案）</caption><thead><tr><th scope="col">文书</th><th scope="col">制作时间</th><th scope="col">下载</th></tr></thead><tbody>${v.documents
        .map(
          (d) =>
            `<tr><td>${esc(d.title)}</td><td>${esc(time(d.issuedAt))}</td><td><a href="/party/documents/${d.id}/pdf" aria-label="PDF 下载：${esc(d.title)}">PDF</a> · <a href="/party/documents/${d.id}/docx" aria-label="Word 下载：${esc(d.title)}">Word</a></td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : '<p>暂无。</p>';

  const acts = v.acts.length
    ? `<ol>${v.acts.map((a) => `<li>${esc(time(a.at))} ${esc(a.name)}${a.online ? '（网上提交）' : ''}，记录第 ${a.seq} 条${a.text ? `<br><span class="hint">${esc(a.text.length > 200 ? `${a.text.slice(0, 200)}…` : a.text)}</span>` : ''}</li>`).join('')}</ol>`
    : '<p>暂无。</p>';

  return layout({
    title: '当事人专区 · 本案',
    current: 'party',
    main: `<h1>当事人专区</h1>
${done ? `<p class="status-ok" role="status">${esc(done)}</p>` : ''}
<dl><dt>案件编号</dt><dd>${esc(v.number)}</dd><dt>案由</dt><dd>${esc(v.title)}</dd><dt>当事人</dt><dd>${esc(v.partyName)}</dd><dt>办案机关</dt><dd>${esc(v.agency.name)}</dd><dt>办理阶段</dt><dd>${esc(v.stateName)}</dd>${
      v.agency.phone ? `<dt>联系电话</dt><dd>${esc(v.agency.phone)}</dd>` : ''
    }${v.agency.address ? `<dt>地址</dt><dd>${esc(v.agency.address)}</dd>` : ''}</dl>
<form action="/party/sign-out" method="post"><input type="hidden" name="csrf" value="${esc(o.csrf)}"><button type="submit">退出登录</button></form>
<h2 id="notice-h">行政处罚告知</h2>${notice}
<h2 id="statement-h">陈述、申辩</h2>${err('statement')}${statement}${waive}${err('waive')}
<h2 id="hearing-h">听证申请</h2>${err('hearing')}${hearing}
<h2 id="consent-h">电子送达</h2>${err('consent')}${consent}
<h2 id="docs-h">送达文书</h2>${docs}
<h2 id="repair-h">信用修复</h2><p>行政处罚决定公示后，符合条件的可以申请信用修复、提前停止公示：<a href="/party/credit-repair">查看是否可以申请信用修复</a></p>
<h2 id="acts-h">您在本案的办理记录</h2>${acts}`,
  });
}

export function partyErrorPage(message: string): string {
  return layout({
    title: '当事人专区',
    current: 'party',
    main: `<h1>当事人专区</h1>${alert(message)}<p><a href="/party">返回登录</a></p>`,
  });
}
