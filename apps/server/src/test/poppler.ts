import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** poppler-utils' tools the document tests run: pdfsig (signature checks), pdftotext, pdftoppm. */
export const PDFSIG = '/usr/bin/pdfsig';

function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/**
 * Installs Debian's `poppler-utils` when pdfsig is missing, as e2e/chromium.ts installs the browser,
 * so that `npm test` works on a fresh clone. Idempotent: does nothing when it is there. Needs root
 * (apt-get); fails with a clear Chinese message when it cannot be had.
 */
export function ensurePoppler(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  if (existsSync(PDFSIG)) return;
  const fail = (why: string): never => {
    throw new Error(
      `文书签名测试需要 poppler-utils（${PDFSIG}），自动安装失败：${why}\n请以 root 运行 \`apt-get update && apt-get install -y poppler-utils\`。`,
    );
  };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) fail('安装需要 root 权限');
  if (!existsSync('/usr/bin/apt-get')) fail('本机没有 apt-get（非 Debian/Ubuntu 系统）');
  log('正在用 apt-get 安装 poppler-utils（仅首次）…');
  const known = run('apt-cache', ['show', 'poppler-utils']).ok;
  if (!known && !run('apt-get', ['update']).ok) fail('apt-get update 失败');
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils']);
  let inst = install();
  // the package index may be stale (a version no longer on the mirror): refresh once and retry
  if (!inst.ok && known && run('apt-get', ['update']).ok) inst = install();
  if (!inst.ok) fail(`apt-get install poppler-utils 失败：\n${inst.output.slice(-2000)}`);
  if (!existsSync(PDFSIG)) fail(`安装完成但 ${PDFSIG} 不存在`);
  log('已安装 poppler-utils。');
}

/** pdfsig's report on a PDF file (it exits non-zero on some failures: the report is what counts). */
export function pdfsig(file: string): string {
  ensurePoppler();
  return run(PDFSIG, [file]).output;
}
