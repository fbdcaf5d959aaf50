package tickler.web;

import java.util.List;
import tickler.source.google.AccountStatus;

/**
 * Google sync at a glance, beside the "Google sync" link of every page: what needs the user first
 * (an account to reconnect, a failing sync), else a full sync's progress, else how fresh the data is.
 *
 * @param text  what the link says after "Google sync"
 * @param alert the user has something to do
 */
public record SyncBadge(String text, boolean alert) {

    /** Null when no account is connected: there is nothing to tell. */
    static SyncBadge of(List<AccountStatus> accounts) {
        List<AccountStatus> active = accounts.stream().filter(a -> !a.stopped()).toList();
        if (active.isEmpty()) {
            return null;
        }
        long refused = active.stream().filter(AccountStatus::reconnectNeeded).count();
        if (refused > 0) {
            return new SyncBadge(refused == 1 ? "an account lost its access" : refused + " accounts lost their access", true);
        }
        if (active.stream().anyMatch(AccountStatus::failed)) {
            return new SyncBadge("the last sync failed", true);
        }
        for (AccountStatus a : active) {
            for (AccountStatus.FullSync f : a.fullSync()) {
                return new SyncBadge("reading " + f.done() + (f.total() == null ? "" : " of ~" + f.total()), false);
            }
        }
        if (active.stream().anyMatch(a -> a.lagSeconds() == null)) {
            return new SyncBadge("first sync running", false);
        }
        return new SyncBadge("synced " + ago(active.stream().mapToLong(AccountStatus::lagSeconds).max().orElse(0)), false);
    }

    private static String ago(long seconds) {
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        return seconds / 86_400 + " days ago";
    }
}
