-- Announces every change that can end a member's standing, so each app process can keep the
-- standing of signed-in members in memory for search and drop it at once (see
-- server/modules/accounts/standing-cache.ts): a session ended (signed out, revoked) or changed
-- (extended), a member suspended, given another role or user name, or deleted. The payload names
-- the session or member by id, never by token. NOTIFY is sent when the transaction commits.
CREATE OR REPLACE FUNCTION member_standing_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('member_standing', (CASE TG_TABLE_NAME WHEN 'sessions' THEN 'session:' ELSE 'member:' END) || OLD.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sessions_member_standing ON sessions;
--> statement-breakpoint
CREATE TRIGGER sessions_member_standing AFTER UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION member_standing_notify();
--> statement-breakpoint
DROP TRIGGER IF EXISTS users_member_standing ON users;
--> statement-breakpoint
-- The columns findSessionStanding (accounts.repo.ts) decides by; a column added there goes here too.
CREATE TRIGGER users_member_standing AFTER UPDATE OF suspended_at, role, username OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION member_standing_notify();
