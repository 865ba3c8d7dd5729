import { esc, layout, officerLookupForm } from '../../http/html-layout.ts';
import type { PublicAgency, PublicOfficer } from './portal.service.ts';

const agencyHref = (creditCode: string) => `/agencies/${encodeURIComponent(creditCode)}`;
const officerHref = (number: string) => `/officers/${encodeURIComponent(number)}`;

function statusBadge(o: PublicOfficer): string {
  return `<span class="badge ${o.status === 'valid' ? 'ok' : 'bad'}">${esc(o.statusName)}</span>`;
}

const regionList = (o: PublicOfficer) => o.regions.map((r) => esc(r.name)).join('、');

export function agencyPage(a: PublicAgency, officers: PublicOfficer[]): string {
  const rows = officers
    .map(
      (o) =>
        `<tr><td>${esc(o.holder)}</td><td>${statusBadge(o)}</td><td><a href="${officerHref(o.number)}">${esc(o.number)}</a></td><td>${o.fields.map(esc).join('、')}</td><td>${regionList(o)}</td></tr>`,
    )
    .join('\n');
  const facts: [string, string][] = [
    ['统一社会信用代码', esc(a.creditCode)],
    ['主体类别', esc(a.kindName)],
    ['所在区域', esc(a.region.name)],
  ];
  if (a.parent) facts.push(['所属机关', `<a href="${agencyHref(a.parent.creditCode)}">${esc(a.parent.name)}</a>`]);
  if (a.fields.length) facts.push(['执法类别', a.fields.map(esc).join('、')]);
  if (a.legalBasis) facts.push(['执法依据', esc(a.legalBasis)]);
  if (a.address) facts.push(['地址', esc(a.address)]);
  if (a.phone) facts.push(['联系电话', `<a href="tel:${esc(a.phone.replace(/[^0-9+]/g, ''))}">${esc(a.phone)}</a>`]);
  return layout({
    title: a.name,
    main: `<h1>${esc(a.name)}</h1>
<section aria-labelledby="h-subject"><h2 id="h-subject">执法主体信息</h2>
<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></section>
<section aria-labelledby="h-officers"><h2 id="h-officers">执法人员清单</h2>
${
  rows
    ? `<div class="scroll" tabindex="0" role="region" aria-label="执法人员清单表格（窄屏可横向滚动）"><table><caption>共 ${officers.length} 人，状态按 ${esc(officers[0]?.checkedOn ?? '')} 计算</caption>
<thead><tr><th scope="col">姓名</th><th scope="col">状态</th><th scope="col">执法证号</th><th scope="col">执法类别</th><th scope="col">执法区域</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : '<p>本机关尚无持证执法人员。</p>'
}</section>
<p><a href="${agencyHref(a.creditCode)}/lists">事前公开（事项清单、服务指南、流程图、裁量基准……）</a> · <a href="/search?agency=${esc(a.creditCode)}">本机关公示的执法决定</a> · <a href="${agencyHref(a.creditCode)}/draws">双随机抽查</a> · <a href="${agencyHref(a.creditCode)}/statistics">行政执法统计年报</a> · <a href="${agencyHref(a.creditCode)}/decisions.atom">公示订阅（Atom）</a> · <a href="/ledger">本机关执法记录账本检查点</a></p>`,
  });
}

export function officerPage(o: PublicOfficer): string {
  const notice =
    o.status === 'valid'
      ? `<p class="status-ok" role="status">执法证状态：<span class="badge ok">有效</span> 该执法人员可以在下列执法类别和区域内执法。</p>`
      : `<div class="alert" role="alert"><p><strong>执法证状态：${esc(o.statusName)}</strong></p><p><strong>该执法证${
          o.status === 'expired'
            ? `已于 ${esc(o.validTo)} 过期`
            : o.status === 'not-yet-valid'
              ? `自 ${esc(o.validFrom)} 起生效`
              : o.status === 'inspection-failed'
                ? `${o.statusSince ? `自 ${esc(o.statusSince)} 起` : ''}因年检未通过停止使用`
                : `${o.statusSince ? `自 ${esc(o.statusSince)} 起` : ''}已被${esc(o.statusName)}`
        }，持证人目前不得从事行政执法活动。</strong>如遇其执法，可向其所在机关或司法局反映。</p></div>`;
  const facts: [string, string][] = [
    ['姓名', esc(o.holder)],
    ['执法证号', esc(o.number)],
    ['状态', statusBadge(o)],
    ['所在机关', `<a href="${agencyHref(o.agency.creditCode)}">${esc(o.agency.name)}</a>`],
  ];
  if (o.unit) facts.push(['所在机构', esc(o.unit)]);
  if (o.post) facts.push(['职务', esc(o.post)]);
  facts.push(
    ['执法类别', o.fields.map(esc).join('、')],
    ['执法区域', regionList(o)],
    ['有效期', `${esc(o.validFrom)} 至 ${esc(o.validTo)}`],
  );
  return layout({
    title: `执法人员核验：${o.holder}`,
    current: 'officers',
    main: `<h1>执法人员核验：${esc(o.holder)}</h1>
${notice}
<section aria-labelledby="h-cert"><h2 id="h-cert">执法证信息</h2>
<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<p class="hint">状态按 ${esc(o.checkedOn)}（北京时间）计算。</p></section>
<section aria-labelledby="h-qr" class="qr"><h2 id="h-qr">核验二维码</h2>
<p><a href="${officerHref(o.number)}/qr.svg"><img src="${officerHref(o.number)}/qr.svg" alt="执法证 ${esc(o.number)} 的核验二维码（链接到本页）" width="160" height="160"></a></p>
<p class="hint">执法证上印制此二维码，扫码即打开本页。</p></section>
<section aria-labelledby="h-again"><h2 id="h-again">核验其他执法人员</h2>${officerLookupForm()}</section>`,
  });
}

export function officerLookupPage(value = '', error?: string): string {
  return layout({
    title: '执法人员核验',
    current: 'officers',
    main: `<h1>执法人员核验</h1>
<p>任何人都可以按执法证号核验执法人员的身份、所在机关、执法类别、执法区域和执法证状态。</p>
${officerLookupForm(value, error ? { error } : {})}`,
  });
}

export function officerNotFoundPage(number: string): string {
  return layout({
    title: '未找到执法证',
    current: 'officers',
    main: `<h1>未找到执法证</h1>
<div class="alert" role="alert"><p><strong>没有证号为「${esc(number)}」的执法证。</strong>请核对证号；持无效证件执法的，可向当地司法局反映。</p></div>
${officerLookupForm(number)}`,
  });
}

export function agencyNotFoundPage(creditCode: string): string {
  return layout({
    title: '未找到执法主体',
    main: `<h1>未找到执法主体</h1>
<p>没有统一社会信用代码为「${esc(creditCode)}」的执法主体。<a href="/">返回首页查看全部执法主体</a>。</p>`,
  });
}
