import { sql, type Kysely } from 'kysely';

/**
 * Records published before the 双公示 fixes of issue 18 item 10, rewritten to what the code writes
 * since (packages/domain/src/publication/build.ts, modules/publications/publication.project.ts):
 *
 * 1. A 不予许可 (行政许可, step `deny`) is no 行政许可信息 record of the data standard: it is published
 *    and pushed as an 执法决定 of the general set (ZF_*), never with XK_* items. The old record carried
 *    XK_XDR_MC, XK_WSH, XK_NR ('不予许可：' + 理由), XK_JDRQ, XK_XKJG … (XK_XKZS empty); the general set
 *    takes them item by item: ZF_LB 行政许可, ZF_SX the 许可事项 (the record's own redacted 事项, kept with
 *    its publication act), ZF_JL the conclusion — the deny step is named 不予许可 and has only the
 *    理由, so generalConclusion writes '不予许可：' + 理由, the very text XK_NR held (redacted alike,
 *    both free-text items) — and ZF_GSJZQ, empty in versions and the 公示截止期 in the read model.
 * 2. A 行政处罚's 处罚有效期 (CF_YXQ, required by the standard) is filled with the 公示截止期 where the
 *    read model shows the record (withUntil); rows projected before that keep it empty.
 *
 * Table by table:
 * - publication_versions (append-only): a refusal's fields take the general set. The guard is lifted
 *   for this statement and restored in the same transaction. CF_YXQ is NOT filled here: the code keeps
 *   it empty in versions as it keeps 公示截止期 empty (both are known from the record's public_until and
 *   filled only where the record is shown), so an empty CF_YXQ in a version is what the code writes.
 *   The hashed original (original_sha256) is of the 决定书 text, which does not change.
 * - publications.draft (mutable, owned by the publications module): a refusal's fieldSet becomes
 *   'general' and its working title the case title and step name, as draftOf writes them now.
 * - public_decisions (the portal's read model, rebuilt from the record on every act): refusals take
 *   field_set 'general' and the ZF_* items; penalties get CF_YXQ. Only this product's own rows
 *   (source 'local'): a record pushed in by another system is kept as that system sent it.
 *   title, facts and conclusion come from the hashed act and stay.
 * - outbox: a message not yet delivered goes out as the code would write it now (dates in the
 *   message's own form); a delivered message is what the upper platform received and stays.
 * - publication_events: hashed into the chain and the ledger; never touched (they hold no fields).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- the general set of a refusal from its old XK_* items; matter = ZF_SX, until = ZF_GSJZQ
    CREATE FUNCTION sx_0027_refusal(f jsonb, matter jsonb, until jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
      SELECT jsonb_build_object(
        'ZF_XDR_MC', COALESCE(f->'XK_XDR_MC', 'null'::jsonb),
        'ZF_XDR_SHXYM', COALESCE(f->'XK_XDR_SHXYM', 'null'::jsonb),
        'ZF_WSH', COALESCE(f->'XK_WSH', 'null'::jsonb),
        'ZF_LB', to_jsonb('行政许可'::text),
        'ZF_SX', COALESCE(matter, 'null'::jsonb),
        'ZF_JL', COALESCE(f->'XK_NR', 'null'::jsonb),
        'ZF_JDRQ', COALESCE(f->'XK_JDRQ', 'null'::jsonb),
        'ZF_GSJZQ', COALESCE(until, 'null'::jsonb),
        'ZF_JG', COALESCE(f->'XK_XKJG', 'null'::jsonb),
        'ZF_JGDM', COALESCE(f->'XK_XKJGDM', 'null'::jsonb))
    $$;

    -- the refusals: 行政许可 decisions taken by the deny step whose record still carries XK_* items
    CREATE TEMP TABLE sx_0027_refusals AS
      SELECT p.id, p.public_until::text AS public_until, p.draft, c.title AS case_title
        FROM publications p JOIN cases c ON c.id = p.case_id
       WHERE p.kind = '行政许可' AND p.step_code = 'deny';

    ALTER TABLE publication_versions DISABLE TRIGGER publication_versions_append_only;
    -- ZF_SX of a version: the redacted 事项 its own act (公示 / 更正 of that version) recorded; before
    -- acts kept it, the 许可事项 the old headline began with ('<事项> 不予行政许可决定')
    UPDATE publication_versions v
       SET fields = sx_0027_refusal(v.fields, to_jsonb(COALESCE(
             (SELECT e.details->'public'->>'facts' FROM publication_events e
               WHERE e.publication_id = v.publication_id AND e.kind IN ('published', 'corrected')
                 AND (e.details->>'version')::int = v.version
               ORDER BY e.seq DESC LIMIT 1),
             regexp_replace(r.draft->>'title', '\\s*不予行政许可决定$', ''))), NULL)
      FROM sx_0027_refusals r
     WHERE v.publication_id = r.id AND v.fields ? 'XK_WSH';
    ALTER TABLE publication_versions ENABLE TRIGGER publication_versions_append_only;

    UPDATE publications p
       SET draft = p.draft || jsonb_build_object('fieldSet', 'general', 'title', r.case_title || ' 不予许可')
      FROM sx_0027_refusals r
     WHERE p.id = r.id AND p.draft->>'fieldSet' = 'license';

    UPDATE public_decisions d
       SET field_set = 'general', fields = sx_0027_refusal(d.fields, to_jsonb(d.facts), to_jsonb(r.public_until))
      FROM sx_0027_refusals r
     WHERE d.id = r.id AND d.source = 'local' AND d.fields ? 'XK_WSH';

    -- 处罚有效期 = 公示截止期 where the record holds none (publication.project.ts withUntil)
    UPDATE public_decisions d
       SET fields = jsonb_set(d.fields, '{CF_YXQ}', to_jsonb(p.public_until::text))
      FROM publications p
     WHERE d.id = p.id AND d.source = 'local' AND p.public_until IS NOT NULL
       AND d.fields ? 'CF_YXQ' AND COALESCE(d.fields->>'CF_YXQ', '') = '';

    -- upward messages still waiting: a refusal in the general set, a penalty with its 处罚有效期
    CREATE FUNCTION sx_0027_message(d jsonb, refusal boolean, matter text, until text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE
        WHEN refusal AND d->>'fieldSet' = 'license' AND jsonb_typeof(d->'fields') = 'object' THEN
          d || jsonb_build_object('fieldSet', 'general', 'fields', sx_0027_refusal(d->'fields', to_jsonb(matter),
                 -- the message's dates in its own form (YYYY/MM/DD since the exchange boundary writes the standard's)
                 to_jsonb(CASE WHEN d->'fields'->>'XK_JDRQ' LIKE '%/%' THEN replace(until, '-', '/') ELSE until END)))
        WHEN d->>'fieldSet' = 'penalty' AND jsonb_typeof(d->'fields') = 'object' AND d->'fields' ? 'CF_YXQ'
             AND COALESCE(d->'fields'->>'CF_YXQ', '') = '' AND COALESCE(d->'fields'->>'CF_GSJZQ', '') <> '' THEN
          jsonb_set(d, '{fields,CF_YXQ}', d->'fields'->'CF_GSJZQ')
        ELSE d END
    $$;
    UPDATE outbox o
       SET payload = jsonb_set(o.payload, '{decisions}', (
             SELECT jsonb_agg(sx_0027_message(x.d, r.id IS NOT NULL, pd.facts, r.public_until) ORDER BY x.n)
               FROM jsonb_array_elements(o.payload->'decisions') WITH ORDINALITY AS x(d, n)))
      FROM publications p
      LEFT JOIN sx_0027_refusals r ON r.id = p.id
      LEFT JOIN public_decisions pd ON pd.id = p.id
     WHERE o.publication_id = p.id AND o.delivered_at IS NULL AND jsonb_typeof(o.payload->'decisions') = 'array'
       AND EXISTS (SELECT 1 FROM jsonb_array_elements(o.payload->'decisions') x(d)
                    WHERE x.d IS DISTINCT FROM sx_0027_message(x.d, r.id IS NOT NULL, pd.facts, r.public_until));

    DROP FUNCTION sx_0027_message(jsonb, boolean, text, text);
    DROP FUNCTION sx_0027_refusal(jsonb, jsonb, jsonb);
    DROP TABLE sx_0027_refusals;
  `.execute(db);
}
