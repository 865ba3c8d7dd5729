import { sql, type Kysely } from 'kysely';

/**
 * Sign-in throttling that does not turn against users (issue 17, weakness 4).
 *
 * - `known_devices`: a browser in which an account has signed in before holds a device cookie; its
 *   hash is kept here with the account. Attempts from a known device are counted on that device
 *   alone, so guesses from elsewhere never lock the right password out of a known device.
 * - `login_attempts.device`: the known device an attempt came from (NULL: an unknown client), so
 *   attempts are counted per device, per account and address, per account and per address.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE known_devices (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      last_used_at timestamptz NOT NULL
    );
    CREATE INDEX known_devices_user ON known_devices(user_id);
    ALTER TABLE login_attempts ADD COLUMN device text;
    CREATE INDEX login_attempts_device ON login_attempts(device, at) WHERE device IS NOT NULL;
  `.execute(db);
}
