-- Connected Google accounts. The refresh token is encrypted (AES-GCM, see tickler.google.token-key);
-- aliases are the account's Gmail send-as addresses, one per line, for identity to treat as the owner;
-- labels maps Gmail label ids to names (JSON). The last sync's outcome is kept so that status and
-- lag survive a restart and read the same on every replica.
CREATE TABLE google_account (
    email            VARCHAR(320)  NOT NULL PRIMARY KEY,
    refresh_token    VARCHAR(4000) NOT NULL,
    scopes           VARCHAR(1000) NOT NULL,
    connected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reconnect_needed BOOLEAN       NOT NULL,
    aliases          VARCHAR(4000) NOT NULL,
    labels           VARCHAR(100000) NOT NULL,
    directory_at     TIMESTAMP WITH TIME ZONE,
    last_sync_at     TIMESTAMP WITH TIME ZONE,
    last_success_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000)
);

-- One row per account, row-locked (SELECT ... FOR UPDATE SKIP LOCKED) by the replica syncing it, so
-- two replicas never sync one account at once; the lock goes with the connection if a replica dies.
CREATE TABLE google_sync_lock (
    account_email VARCHAR(320) NOT NULL PRIMARY KEY
);

-- One sync cursor per account and stream ("gmail", or "calendar:<calendar id>"): the Calendar
-- syncToken, the Gmail historyId, or the position of a running full sync. Written in the same
-- transaction as the activities it covers.
CREATE TABLE google_cursor (
    account_email VARCHAR(320)  NOT NULL,
    stream        VARCHAR(400)  NOT NULL,
    cursor_state  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (account_email, stream)
);

-- Which activity each Google item (message id, event id) became, so a deleted message or a
-- cancelled event, which Google names only by its id, removes the right activity. The generation
-- marks the full sync that last saw the item: what a finished full sync did not see is gone.
CREATE TABLE google_item (
    account_email VARCHAR(320) NOT NULL,
    stream        VARCHAR(400) NOT NULL,
    item_id       VARCHAR(400) NOT NULL,
    series_id     VARCHAR(400),
    activity_key  VARCHAR(2000) NOT NULL,
    generation    BIGINT       NOT NULL,
    PRIMARY KEY (account_email, stream, item_id)
);

CREATE INDEX google_item_key ON google_item (activity_key);
CREATE INDEX google_item_series ON google_item (account_email, stream, series_id);
