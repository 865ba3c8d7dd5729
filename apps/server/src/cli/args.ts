import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /Unknown option '([^']+)'/.exec(msg);
    throw new UsageError(m ? `未知选项：${m[1]}` : `参数有误：${msg}`);
  }
}
