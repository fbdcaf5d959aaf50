-- Personal access tokens for scripts (Authorization: Bearer <token>). Only the SHA-256 of a token
-- is kept: the token itself is shown once, when it is created. owner is the signed-in address that
-- created it (NULL in laptop and proxy modes, where nobody signs in); a revoked token is kept,
-- with revoked_at, so the settings page can say when it stopped working.
CREATE TABLE access_token (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(320),
    name         VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
