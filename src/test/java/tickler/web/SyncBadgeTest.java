package tickler.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.source.google.AccountState;
import tickler.source.google.AccountStatus;

class SyncBadgeTest {

    static AccountStatus account(AccountState state, Long lag, boolean reconnect, AccountStatus.FullSync... full) {
        return new AccountStatus("a@example.com", false, state, null, null, lag, 0, 0, List.of(full), 0, null,
                reconnect, List.of());
    }

    @Test
    void whatNeedsTheUserComesFirstThenProgressThenFreshness() {
        assertNull(SyncBadge.of(List.of()));
        assertNull(SyncBadge.of(List.of(account(AccountState.STOPPED, 10L, false))), "stopped accounts are not synced: nothing to tell");
        assertEquals(new SyncBadge("an account lost its access", true),
                SyncBadge.of(List.of(account(AccountState.IDLE, 30L, false), account(AccountState.RECONNECT_NEEDED, 9000L, true))));
        assertEquals(new SyncBadge("the last sync failed", true), SyncBadge.of(List.of(account(AccountState.FAILED, 400L, false))));
        assertEquals(new SyncBadge("reading 1200 of ~5000", false), SyncBadge.of(List.of(
                account(AccountState.FULL_SYNC, null, false, new AccountStatus.FullSync("gmail", 1200, 5000L)))));
        assertEquals(new SyncBadge("first sync running", false), SyncBadge.of(List.of(account(AccountState.SYNCING, null, false))));
        assertEquals(new SyncBadge("synced 7 min ago", false),
                SyncBadge.of(List.of(account(AccountState.IDLE, 30L, false), account(AccountState.IDLE, 420L, false))), "the stalest account");
        assertEquals(new SyncBadge("synced just now", false), SyncBadge.of(List.of(account(AccountState.IDLE, 5L, false))));
    }
}
