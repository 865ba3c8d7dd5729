import { sql, type Kysely } from 'kysely';

/**
 * The transparency ledger (R-REC-4): one Merkle log per agency over every record entry, in the
 * manner of Certificate Transparency. Entries are queued by trigger in the transaction that
 * writes them (so nothing can be recorded without being queued), sequenced in batches into
 * leaves, and the tree is kept as C2SP tlog-tiles. Checkpoints are signed outside the database.
 * The witness tables hold what a 司法局 instance has seen of other agencies' logs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE ledger_logs (
      agency_id uuid PRIMARY KEY REFERENCES agencies(id),
      origin text NOT NULL UNIQUE,
      size bigint NOT NULL DEFAULT 0,
      root bytea NOT NULL,
      updated_at timestamptz NOT NULL
    );

    -- Entries written but not yet given a leaf index. A queue: the sequencer deletes what it sequences.
    CREATE TABLE ledger_pending (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL,
      leaf_hash bytea NOT NULL,
      source text NOT NULL,
      source_id bigint NOT NULL
    );
    CREATE INDEX ledger_pending_agency ON ledger_pending(agency_id, id);

    CREATE TABLE ledger_leaves (
      agency_id uuid NOT NULL,
      idx bigint NOT NULL,
      leaf_hash bytea NOT NULL,
      source text NOT NULL,
      source_id bigint NOT NULL,
      PRIMARY KEY (agency_id, idx)
    );
    CREATE UNIQUE INDEX ledger_leaves_source ON ledger_leaves(source, source_id);
    CREATE TRIGGER ledger_leaves_append_only BEFORE UPDATE OR DELETE ON ledger_leaves
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER ledger_leaves_no_truncate BEFORE TRUNCATE ON ledger_leaves
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

    -- C2SP tlog-tiles: full tiles never change; the last tile of a level grows until it is full.
    CREATE TABLE ledger_tiles (
      agency_id uuid NOT NULL,
      level smallint NOT NULL,
      idx bigint NOT NULL,
      width smallint NOT NULL CHECK (width BETWEEN 1 AND 256),
      data bytea NOT NULL,
      PRIMARY KEY (agency_id, level, idx)
    );

    CREATE TABLE ledger_checkpoints (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      size bigint NOT NULL,
      root bytea NOT NULL,
      note text NOT NULL,
      signed_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, size)
    );
    CREATE TRIGGER ledger_checkpoints_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoints
      FOR EACH ROW EXECUTE FUNCTION refuse_change();

    -- Cosignatures witnesses returned for a checkpoint (C2SP tlog-witness); a witness renews them.
    CREATE TABLE ledger_cosignatures (
      agency_id uuid NOT NULL,
      size bigint NOT NULL,
      witness text NOT NULL,
      line text NOT NULL,
      cosigned_at timestamptz NOT NULL,
      PRIMARY KEY (agency_id, size, witness),
      FOREIGN KEY (agency_id, size) REFERENCES ledger_checkpoints(agency_id, size)
    );

    -- Witness side: the logs a 司法局 witnesses, with their verifier keys, and the latest
    -- checkpoint it cosigned for each (updated atomically, C2SP tlog-witness).
    CREATE TABLE witness_logs (
      witness_agency_id uuid NOT NULL REFERENCES agencies(id),
      origin text NOT NULL,
      vkeys text[] NOT NULL,
      size bigint NOT NULL DEFAULT 0,
      root bytea,
      note text,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (witness_agency_id, origin)
    );
    -- Requests a witness refused although the log's signature was valid: evidence of misbehaviour.
    CREATE TABLE witness_refusals (
      id bigserial PRIMARY KEY,
      witness_agency_id uuid NOT NULL,
      origin text NOT NULL,
      old_size bigint NOT NULL,
      note text NOT NULL,
      reason text NOT NULL,
      at timestamptz NOT NULL
    );

    CREATE FUNCTION ledger_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ledger_pending (agency_id, leaf_hash, source, source_id) VALUES (NEW.agency_id, NEW.hash, TG_ARGV[0], NEW.id);
      RETURN NULL;
    END $$;
    CREATE TRIGGER case_events_ledger AFTER INSERT ON case_events
      FOR EACH ROW EXECUTE FUNCTION ledger_enqueue('case_event');
  `.execute(db);
}
