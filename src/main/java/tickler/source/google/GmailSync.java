package tickler.source.google;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpHeaders;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.HistoryLabelAdded;
import com.google.api.services.gmail.model.HistoryLabelRemoved;
import com.google.api.services.gmail.model.HistoryMessageAdded;
import com.google.api.services.gmail.model.HistoryMessageDeleted;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePartHeader;
import io.quarkus.logging.Log;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tickler.activity.Activity;
import tickler.source.mail.MalformedMessageException;
import tickler.source.mail.MessageReader;

/**
 * One account's mailbox: a full sync (messages.list, then batched messages.get) and after it
 * history.list from the stored historyId. Every batch of activities is committed with the cursor
 * that covers it, so an interrupted sync resumes where it stopped.
 */
final class GmailSync {

    static final String STREAM = "gmail";
    /** Google advises at most 50 calls per batch. */
    static final int BATCH = 50;
    static final long PAGE = 500;
    /** The headers identity and the activity need, for metadata-only reading. */
    static final List<String> METADATA_HEADERS = List.of("From", "Sender", "To", "Cc", "Bcc", "Subject", "Date",
            "Message-ID", "List-Id", "List-Unsubscribe", "Precedence", "Auto-Submitted");
    private static final Map<String, String> SYSTEM_LABELS = Map.ofEntries(
            Map.entry("INBOX", "Inbox"), Map.entry("SENT", "Sent"), Map.entry("IMPORTANT", "Important"),
            Map.entry("UNREAD", "Unread"), Map.entry("STARRED", "Starred"), Map.entry("DRAFT", "Drafts"),
            Map.entry("SPAM", "Spam"), Map.entry("TRASH", "Trash"), Map.entry("CHAT", "Chat"),
            Map.entry("CATEGORY_PERSONAL", "Category Personal"), Map.entry("CATEGORY_SOCIAL", "Category Social"),
            Map.entry("CATEGORY_PROMOTIONS", "Category Promotions"), Map.entry("CATEGORY_UPDATES", "Category Updates"),
            Map.entry("CATEGORY_FORUMS", "Category Forums"));

    private final Gmail gmail;
    private final String email;
    private final GoogleStore store;
    private final Map<String, String> labels;
    private final boolean metadataOnly;
    private final int maxMessageBytes;
    private final SyncProgress progress;
    private final MessageReader reader = new MessageReader("gmail");

    GmailSync(Gmail gmail, String email, GoogleStore store, Map<String, String> labels,
              boolean metadataOnly, int maxMessageBytes, SyncProgress progress) {
        this.gmail = gmail;
        this.email = email;
        this.store = store;
        this.labels = labels;
        this.metadataOnly = metadataOnly;
        this.maxMessageBytes = maxMessageBytes;
        this.progress = progress;
    }

    void sync() throws IOException {
        Cursor cursor = store.cursor(email, STREAM);
        if (cursor == null) {
            cursor = Cursor.first(null, null);
        }
        boolean fresh = cursor.fullSyncRunning();
        if (fresh) {
            cursor = full(cursor);
        }
        // Right after a full sync, history picks up what changed while it listed.
        incremental(cursor, fresh);
    }

    private Cursor full(Cursor cursor) throws IOException {
        if (cursor.since() == null) {
            // Taken before listing: whatever changes while we list is in the history after it.
            BigInteger historyId = gmail.users().getProfile("me").execute().getHistoryId();
            cursor = new Cursor(null, null, cursor.generation(), historyId.toString(), null, null, 0, null, null);
            store.putCursor(email, STREAM, cursor);
        }
        while (true) {
            ListMessagesResponse page;
            try {
                page = gmail.users().messages().list("me").setMaxResults(PAGE).setPageToken(cursor.pageToken()).execute();
            } catch (GoogleJsonResponseException e) {
                if (GoogleErrors.classify(e) != GoogleFailure.PAGE_TOKEN_EXPIRED || cursor.pageToken() == null) {
                    throw e;
                }
                // A page token kept across a long pause expired: list again from the top; what this
                // full sync already saved is skipped, not fetched again.
                cursor = cursor.page(null, 0);
                continue;
            }
            List<String> ids = new ArrayList<>();
            if (page.getMessages() != null) {
                page.getMessages().forEach(m -> ids.add(m.getId()));
            }
            if (page.getResultSizeEstimate() != null) {
                progress.estimate(STREAM, page.getResultSizeEstimate());
            }
            ids.removeAll(store.seenIn(email, STREAM, ids, cursor.generation()));
            List<List<String>> batches = chunks(ids);
            if (batches.isEmpty()) {
                batches = List.of(List.of());
            }
            String next = page.getNextPageToken();
            for (int i = 0; i < batches.size(); i++) {
                boolean lastOfPage = i == batches.size() - 1;
                boolean finished = lastOfPage && next == null;
                Fetched fetched = fetch(batches.get(i));
                // The page token moves on only with the page's last batch; a resumed page skips what it saved.
                Cursor after = cursor.page(lastOfPage ? next : cursor.pageToken(), fetched.read());
                if (finished) {
                    after = after.incremental(cursor.since());
                    Log.infof("Full sync of the mailbox of %s done: %d messages read", email, after.done());
                }
                commit(fetched, List.of(), after, cursor.generation(), finished);
                cursor = after;
            }
            if (next == null) {
                return cursor;
            }
        }
    }

    /** @param afterFullSync a 404 now means history expired during the full sync: give up for this run */
    private void incremental(Cursor cursor, boolean afterFullSync) throws IOException {
        Set<String> changed = new LinkedHashSet<>();
        Set<String> deleted = new LinkedHashSet<>();
        BigInteger latest = null;
        String pageToken = null;
        do {
            ListHistoryResponse page;
            try {
                page = gmail.users().history().list("me").setStartHistoryId(new BigInteger(cursor.token()))
                        .setMaxResults(PAGE).setPageToken(pageToken).execute();
            } catch (GoogleJsonResponseException e) {
                // Gmail keeps history for a limited time; from an older id it answers 404.
                if (GoogleErrors.classify(e) != GoogleFailure.GONE || afterFullSync) {
                    throw e;
                }
                // The stored historyId is too old: read the mailbox again, then carry on from there.
                Cursor restarted = cursor.restart();
                store.putCursor(email, STREAM, restarted);
                incremental(full(restarted), true);
                return;
            }
            if (page.getHistory() != null) {
                for (History h : page.getHistory()) {
                    for (HistoryMessageAdded a : nn(h.getMessagesAdded())) {
                        changed.add(a.getMessage().getId());
                        deleted.remove(a.getMessage().getId());
                    }
                    for (HistoryMessageDeleted d : nn(h.getMessagesDeleted())) {
                        deleted.add(d.getMessage().getId());
                        changed.remove(d.getMessage().getId());
                    }
                    for (HistoryLabelAdded l : nn(h.getLabelsAdded())) {
                        if (!deleted.contains(l.getMessage().getId())) {
                            changed.add(l.getMessage().getId());
                        }
                    }
                    for (HistoryLabelRemoved l : nn(h.getLabelsRemoved())) {
                        if (!deleted.contains(l.getMessage().getId())) {
                            changed.add(l.getMessage().getId());
                        }
                    }
                }
            }
            latest = page.getHistoryId();
            pageToken = page.getNextPageToken();
        } while (pageToken != null);

        List<List<String>> batches = chunks(new ArrayList<>(changed));
        // Earlier batches commit without moving the cursor: replayed after a crash, they change nothing.
        for (int i = 0; i < batches.size() - 1; i++) {
            commit(fetch(batches.get(i)), List.of(), null, cursor.generation(), false);
        }
        Fetched last = batches.isEmpty() ? new Fetched(List.of(), List.of(), Set.of()) : fetch(batches.get(batches.size() - 1));
        String token = latest == null ? cursor.token() : latest.toString();
        commit(last, new ArrayList<>(deleted), cursor.incremental(token), cursor.generation(), false);
    }

    /** What one batch of messages.get brought: activities, their items, and ids gone or unreadable. */
    private record Fetched(List<Activity> activities, List<GoogleStore.Item> items, Set<String> gone) {
        int read() {
            return items.size() + gone.size();
        }
    }

    private Fetched fetch(List<String> ids) throws IOException {
        List<Activity> out = new ArrayList<>();
        List<GoogleStore.Item> items = new ArrayList<>();
        Set<String> gone = new LinkedHashSet<>();
        List<IOException> failures = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        BatchRequest batch = gmail.batch();
        for (String id : ids) {
            Gmail.Users.Messages.Get get = gmail.users().messages().get("me", id);
            if (metadataOnly) {
                get.setFormat("metadata").setMetadataHeaders(METADATA_HEADERS);
            } else {
                get.setFormat("raw");
            }
            get.queue(batch, new JsonBatchCallback<>() {
                @Override
                public void onSuccess(Message message, HttpHeaders headers) throws IOException {
                    answered.add(id);
                    Activity activity = read(message);
                    if (activity == null || hidden(message)) {
                        gone.add(id);
                    } else {
                        out.add(activity);
                        items.add(new GoogleStore.Item(id, null, activity.key()));
                    }
                }

                @Override
                public void onFailure(GoogleJsonError error, HttpHeaders headers) {
                    answered.add(id);
                    if (GoogleErrors.classify(error) == GoogleFailure.GONE) {
                        gone.add(id);
                    } else {
                        failures.add(new IOException("messages.get " + id + ": " + error.getCode() + " " + error.getMessage()));
                    }
                }
            });
        }
        if (ids.isEmpty()) {
            return new Fetched(out, items, gone);
        }
        batch.execute();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        // A batch answer cut short calls back only for the parts it holds: the page must not move on
        // past a message nobody answered for, or that message is never listed again.
        List<String> unanswered = ids.stream().filter(id -> !answered.contains(id)).toList();
        if (!unanswered.isEmpty()) {
            throw new IOException("batch answer without " + unanswered.size() + " of its " + ids.size()
                    + " messages.get parts (first " + unanswered.get(0) + "); the batch is fetched again");
        }
        return new Fetched(out, items, gone);
    }

    /** Spam and trash are not mail the owner keeps: the full listing leaves them out too. */
    private static boolean hidden(Message m) {
        return m.getLabelIds() != null && (m.getLabelIds().contains("SPAM") || m.getLabelIds().contains("TRASH"));
    }

    private Activity read(Message m) throws IOException {
        byte[] rfc822;
        if (m.getRaw() != null) {
            rfc822 = m.decodeRaw();
        } else {
            // Metadata only: the headers alone make a message the same reader reads, with the same key.
            StringBuilder head = new StringBuilder();
            if (m.getPayload() != null && m.getPayload().getHeaders() != null) {
                for (MessagePartHeader h : m.getPayload().getHeaders()) {
                    head.append(h.getName()).append(": ").append(h.getValue()).append("\r\n");
                }
            }
            rfc822 = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String id : nn(m.getLabelIds())) {
            names.add(SYSTEM_LABELS.getOrDefault(id, labels.getOrDefault(id, id)));
        }
        try {
            // Headers and the first part of the body are all the activity keeps; attachments beyond the cap are not parsed.
            return reader.read(new ByteArrayInputStream(rfc822, 0, Math.min(rfc822.length, maxMessageBytes)),
                    names, m.getThreadId());
        } catch (MalformedMessageException e) {
            progress.skipped();
            return null;
        }
    }

    private void commit(Fetched fetched, List<String> deleted, Cursor cursor, long generation, boolean finishFull) {
        List<String> gone = new ArrayList<>(deleted);
        gone.addAll(fetched.gone());
        store.commit(email, STREAM, new GoogleStore.Page(fetched.activities(), fetched.items(), gone, false), generation,
                finishFull, cursor);
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            out.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        return out;
    }

    private static <T> List<T> nn(List<T> list) {
        return list == null ? List.of() : list;
    }

    static Map<String, String> labelNames(List<com.google.api.services.gmail.model.Label> list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var l : nn(list)) {
            if ("user".equals(l.getType())) {
                out.put(l.getId(), l.getName());
            }
        }
        return out;
    }
}
