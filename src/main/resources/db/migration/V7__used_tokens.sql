-- The jti of every CDS client token accepted, shared by all instances of the service so that a token
-- replayed to another replica is refused too (CDS Hooks: jti "used to protect against replay
-- attacks"). The key is SHA-256 of issuer and jti (64 hex digits); rows go when their token expires.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.
CREATE TABLE used_token (
    token_key   VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_used_token_expires ON used_token (expires_at);
