import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';

/**
 * The workbench's API types are generated from the OpenAPI document this server serves (never
 * written by hand). This test regenerates them and fails when the committed file has drifted;
 * `npm run api:types` writes the file instead.
 */
const TYPES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../workbench/src/api/schema.d.ts');
const HEADER = '// Generated from /api/openapi.json by `npm run api:types` (openapi-typescript). Do not edit.\n';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

export async function generatedTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

describe('the workbench client', () => {
  it('has types generated from the OpenAPI document the server serves', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const fresh = await generatedTypes(res.json());
    if (process.env['UPDATE_API_TYPES'] === '1') {
      writeFileSync(TYPES, fresh);
      return;
    }
    const committed = readFileSync(TYPES, 'utf8');
    expect(committed === fresh, 'apps/workbench/src/api/schema.d.ts 与服务端的 OpenAPI 文档不一致：请运行 npm run api:types 重新生成').toBe(
      true,
    );
  });
});
