-- How an account is authorized: 'oauth' (its user's consent; refresh_token holds the encrypted
-- refresh token) or 'delegated' (a Workspace user reached through the service account's
-- domain-wide delegation, tickler.google.delegated-users; no token is kept, so refresh_token is NULL).
ALTER TABLE google_account ADD COLUMN auth VARCHAR(16) DEFAULT 'oauth' NOT NULL;
ALTER TABLE google_account ALTER COLUMN refresh_token DROP NOT NULL;
