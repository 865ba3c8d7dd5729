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

/**
 * Installs Debian's `chromium` package when it is missing, so that `npm test` works on a fresh
 * clone. Idempotent: does nothing when the browser is there. Needs root (apt-get); fails with a
 * clear message otherwise.
 */
export function ensureChromium(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  if (existsSync(CHROMIUM)) return;
  const fail = (why: string) => {
    throw new Error(
      `浏览器测试需要 Chromium（${CHROMIUM}），自动安装失败：${why}\n` +
        `请以 root 运行 \`apt-get update && apt-get install -y chromium\`，或设置 CHROMIUM_PATH 指向已安装的 Chromium。`,
    );
  };
  if (process.env['CHROMIUM_PATH']) fail('CHROMIUM_PATH 指向的文件不存在');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) fail('安装需要 root 权限');
  if (!existsSync('/usr/bin/apt-get')) fail('本机没有 apt-get（非 Debian/Ubuntu 系统）');
  log('未找到 Chromium，正在用 apt-get 安装（仅首次）…');
  const known = run('apt-cache', ['show', 'chromium']);
  if (!known.ok) {
    const upd = run('apt-get', ['update']);
    if (!upd.ok) fail(`apt-get update 失败：\n${upd.output.slice(-2000)}`);
  }
  let inst = run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  if (!inst.ok && known.ok) {
    // the package index may be stale (a version no longer on the mirror): refresh once and retry
    const upd = run('apt-get', ['update']);
    if (upd.ok) inst = run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (!inst.ok) fail(`apt-get install chromium 失败：\n${inst.output.slice(-2000)}`);
  if (!existsSync(CHROMIUM)) fail(`安装完成但 ${CHROMIUM} 不存在`);
  log('Chromium 已安装。');
}
