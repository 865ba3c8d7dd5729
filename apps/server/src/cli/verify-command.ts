import type { VerifyReport } from '../modules/verify/verify-report.ts';
import { existsSync } from 'node:fs';
import { UsageError } from './args.ts';
import { verifyPackage } from '../modules/verify/verify-package.ts';

export function printVerifyReport(report: VerifyReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ ok: report.problems.length === 0, ...report }, null, 2)}\n`);
    return;
  }
  for (const line of report.checked) process.stdout.write(`  ✓ ${line}\n`);
  if (report.problems.length === 0) {
    process.stdout.write('结论：未发现篡改。\n');
    return;
  }
  process.stdout.write(`发现 ${report.problems.length} 处问题：\n`);
  for (const p of report.problems) process.stdout.write(`  ✗ ${p.message}\n`);
}

export async function verifyPackageCommand(file: string): Promise<VerifyReport> {
  if (!existsSync(file)) throw new UsageError(`案卷包不存在：${file}`);
  return verifyPackage(file);
}
