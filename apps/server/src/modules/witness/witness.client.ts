import { parseVerifierKey } from '@sanxiang/domain';
import type { WitnessTarget } from './witness.service.ts';

/** A witness on another instance (the 司法局's own server), reached over HTTP (C2SP tlog-witness). */
export function httpWitness(vkey: string, addCheckpointUrl: string, timeoutMs = 10_000): WitnessTarget {
  const v = parseVerifierKey(vkey);
  return {
    name: v.name,
    vkey,
    async submit(body) {
      const res = await fetch(addCheckpointUrl, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
    },
  };
}

/** `SANXIANG_WITNESSES="<witness vkey> <add-checkpoint URL>;…"` */
export function witnessesFromEnv(value: string | undefined): WitnessTarget[] {
  if (!value?.trim()) return [];
  return value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [vkey, url] = entry.split(/\s+/);
      if (!vkey || !url || !/^https?:\/\//.test(url)) throw new Error(`SANXIANG_WITNESSES 格式应为「见证公钥 提交地址」：${entry}`);
      return httpWitness(vkey, url);
    });
}
