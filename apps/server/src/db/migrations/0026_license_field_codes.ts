import { sql, type Kysely } from 'kysely';

/**
 * 双公示 行政许可 field codes as the national data standard names them (issue 18 item 10). Records
 * published before the rename carry 有效期至 as XK_YXQJZ and 数据来源单位 as XK_SJLY / XK_SJLYDM; the
 * standard (and the code since) says XK_YXQZI and XK_LYDW / XK_LYDWDM. This rewrites the keys of
 * every stored payload that is still read or sent — the published versions, the portal's read model
 * and the upward messages not yet delivered — so that the portal, the open data and the upper platform
 * see one set of codes. A granted licence without an end date gets 2099-12-31 (长期), as the standard
 * asks; 不予许可 records of that time keep their (empty) dates.
 *
 * Nothing hashed is touched: publication acts (publication_events) never held the fields, and the
 * versions' hashed originals (original_sha256) are of the 决定书 text. Versions are append-only, so
 * their guard is lifted for this one statement and restored in the same transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION sx_0026_license_codes(f jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN f ?| ARRAY['XK_YXQJZ', 'XK_SJLY', 'XK_SJLYDM'] THEN
        (f - 'XK_YXQJZ' - 'XK_SJLY' - 'XK_SJLYDM')
        || CASE WHEN f ? 'XK_YXQJZ' AND NOT f ? 'XK_YXQZI' THEN
             jsonb_build_object('XK_YXQZI',
               CASE WHEN jsonb_typeof(f->'XK_YXQJZ') = 'string' AND f->>'XK_YXQJZ' <> '' THEN f->'XK_YXQJZ'
                    WHEN f->>'XK_XKWS' = '准予行政许可决定书' THEN to_jsonb('2099-12-31'::text)
                    ELSE 'null'::jsonb END)
           ELSE '{}'::jsonb END
        || CASE WHEN f ? 'XK_SJLY' AND NOT f ? 'XK_LYDW' THEN jsonb_build_object('XK_LYDW', f->'XK_SJLY') ELSE '{}'::jsonb END
        || CASE WHEN f ? 'XK_SJLYDM' AND NOT f ? 'XK_LYDWDM' THEN jsonb_build_object('XK_LYDWDM', f->'XK_SJLYDM') ELSE '{}'::jsonb END
      ELSE f END
    $$;

    ALTER TABLE publication_versions DISABLE TRIGGER publication_versions_append_only;
    UPDATE publication_versions SET fields = sx_0026_license_codes(fields)
     WHERE fields ?| ARRAY['XK_YXQJZ', 'XK_SJLY', 'XK_SJLYDM'];
    ALTER TABLE publication_versions ENABLE TRIGGER publication_versions_append_only;

    UPDATE public_decisions SET fields = sx_0026_license_codes(fields)
     WHERE fields ?| ARRAY['XK_YXQJZ', 'XK_SJLY', 'XK_SJLYDM'];

    -- an upward message still waiting goes out in the standard's codes; delivered ones are history
    UPDATE outbox SET payload = jsonb_set(payload, '{decisions}', (
        SELECT jsonb_agg(CASE WHEN d ? 'fields' THEN jsonb_set(d, '{fields}', sx_0026_license_codes(d->'fields')) ELSE d END ORDER BY n)
          FROM jsonb_array_elements(payload->'decisions') WITH ORDINALITY AS x(d, n)))
     WHERE delivered_at IS NULL AND jsonb_typeof(payload->'decisions') = 'array'
       AND EXISTS (SELECT 1 FROM jsonb_array_elements(payload->'decisions') d
                    WHERE (d->'fields') ?| ARRAY['XK_YXQJZ', 'XK_SJLY', 'XK_SJLYDM']);

    DROP FUNCTION sx_0026_license_codes(jsonb);
  `.execute(db);
}
