-- V42: a person's sign-in (the login form's VPOS_SESSION cookie), kept in the database so every node of a cluster
-- accepts it. Only the SHA-256 of the cookie's random 256-bit id is stored (hex): a copy of this table signs nobody in.
-- A session ends when it has been idle longer than vpos.session.idleMinutes (last_seen_at), at expires_at (its
-- absolute lifetime, vpos.session.lifetimeHours, fixed at sign-in), or at logout; ended rows are deleted by the purge
-- (lease 'staff-session-purge').
CREATE TABLE staff_session (
    id_hash       CHAR(64)     NOT NULL PRIMARY KEY,
    user_name     VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_staff_session_expires ON staff_session (expires_at);
CREATE INDEX ix_staff_session_last_seen ON staff_session (last_seen_at);
CREATE INDEX ix_staff_session_user ON staff_session (user_name);
