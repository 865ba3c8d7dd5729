import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's chromium: what the browser tests drive (playwright-core downloads no browser). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function hasChineseFont(): boolean {
  const r = run('fc-list', [':lang=zh', 'family']);
  return r.ok && r.output.trim() !== '';
}

/**
 * Installs Debian's `chromium` package when it is missing, so that `npm test` works on a fresh
 * clone, and a small Chinese font (fonts-wqy-zenhei) when the machine has none, so that the
 * screenshots show text rather than boxes. Idempotent: does nothing when both are there. Needs
 * root (apt-get); fails with a clear message when the browser cannot be had (a missing font only
 * warns).
 */
export function ensureChromium(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  const needBrowser = !existsSync(CHROMIUM);
  const needFont = !hasChineseFont();
  if (!needBrowser && !needFont) return;
  const fail = (why: string) => {
    if (!needBrowser) {
      log(`提示：本机没有中文字体，截图中的中文将显示为方框（${why}）。`);
      return false;
    }
    throw new Error(
      `浏览器测试需要 Chromium（${CHROMIUM}），自动安装失败：${why}\n` +
        `请以 root 运行 \`apt-get update && apt-get install -y chromium\`，或设置 CHROMIUM_PATH 指向已安装的 Chromium。`,
    );
  };
  if (needBrowser && process.env['CHROMIUM_PATH']) return void fail('CHROMIUM_PATH 指向的文件不存在');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return void fail('安装需要 root 权限');
  if (!existsSync('/usr/bin/apt-get')) return void fail('本机没有 apt-get（非 Debian/Ubuntu 系统）');
  const packages = [...(needBrowser ? ['chromium'] : []), ...(needFont ? ['fonts-wqy-zenhei'] : [])];
  log(`正在用 apt-get 安装 ${packages.join('、')}（仅首次）…`);
  const known = packages.every((p) => run('apt-cache', ['show', p]).ok);
  if (!known) {
    const upd = run('apt-get', ['update']);
    if (!upd.ok) return void fail(`apt-get update 失败：\n${upd.output.slice(-2000)}`);
  }
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
  let inst = install();
  if (!inst.ok && known) {
    // the package index may be stale (a version no longer on the mirror): refresh once and retry
    if (run('apt-get', ['update']).ok) inst = install();
  }
  if (!inst.ok) return void fail(`apt-get install ${packages.join(' ')} 失败：\n${inst.output.slice(-2000)}`);
  if (!existsSync(CHROMIUM)) return void fail(`安装完成但 ${CHROMIUM} 不存在`);
  log(`已安装 ${packages.join('、')}。`);
}
