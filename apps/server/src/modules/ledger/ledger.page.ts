import { chinaDateTime } from '@sanxiang/domain';
import { esc } from '../../http/html-layout.ts';
import type { CheckpointView } from './ledger.service.ts';

/** The public ledger page's parts (/ledger): each agency's newest checkpoint, explained before it is shown. */
/** An ISO instant as Beijing wall-clock time (UTC+8), to the second. */
function beijing(iso: string): string {
  const t = chinaDateTime(new Date(iso));
  return `${t.date} ${t.time}`;
}

/**
 * One agency's newest checkpoint: first what it says, in words (how many records, when, signed
 * by whom, cosigned by which 司法局), then its lines explained, then the signed note as it is.
 */
export function checkpointSection(
  r: { name: string; credit_code: string },
  cp: CheckpointView | null,
  witnessNames: ReadonlyMap<string, string> = new Map(),
): string {
  const id = `cp-${r.credit_code}`;
  const links = `<p><a href="/ledger/${esc(r.credit_code)}/checkpoint">检查点文件</a> · <a href="/ledger/${esc(r.credit_code)}/keys">验证公钥</a> · 统一社会信用代码 <code>${esc(r.credit_code)}</code></p>`;
  if (!cp) return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(r.name)}</h2><p>尚无检查点。</p>${links}</section>`;
  const [origin = '', size = '', root = ''] = cp.note.split('\n');
  const witnesses = cp.cosignatures.length
    ? cp.cosignatures
        .map(
          (c) =>
            `${esc(witnessNames.get(c.witness) ?? c.witness)}，${esc(beijing(c.cosignedAt))}（见证密钥 <code>${esc(c.witness)}</code>）`,
        )
        .join('；')
    : '尚无副署';
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(r.name)}</h2>
<dl><dt>记录条数</dt><dd>${cp.size.toLocaleString('zh-CN')} 条</dd><dt>签发时间</dt><dd><time datetime="${esc(cp.signedAt)}">${esc(beijing(cp.signedAt))}</time>（北京时间）</dd><dt>司法局副署</dt><dd>${witnesses}</dd></dl>
<p>这份检查点的意思是：截至 ${esc(beijing(cp.signedAt))}，${esc(r.name)}的账本共登记了 ${cp.size.toLocaleString('zh-CN')} 条执法记录，这些记录的哈希层层汇总成一个“树根”哈希；机关用自己的密钥对“记录条数 + 树根”签了名${
    cp.cosignatures.length ? '，司法局核对新账本包含旧账本的全部记录后又副署了一次' : ''
  }。以后任何一条已登记的记录被改动或删除，树根就对不上，签名也就无法核验通过。</p>
<p>签名原文按 C2SP 签名文本格式逐行写出：第 1 行“${esc(origin)}”是账本的名称；第 2 行“${esc(size)}”是记录条数；第 3 行是树根哈希（Base64 编码，开头为 <code>${esc(root.slice(0, 12))}</code>）；空一行之后，每行一个签名，以“—”开头，依次是签名者的名称和签名值（机关的 Ed25519 签名、SM2 签名，以及司法局的副署）。</p>
<h3 id="${id}-raw">签名原文</h3>
<pre aria-labelledby="${id}-raw">${esc(cp.note)}</pre>
${links}</section>`;
}
