package tickler.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Predicate;
import tickler.lead.Evidence;
import tickler.lead.Lead;
import tickler.lead.Pipeline;
import tickler.lead.Stage;

/**
 * The board for a query: per stage the matching leads, at most {@link #CARDS_PER_COLUMN} cards
 * each, so the page weighs about the same at ten leads and at ten thousand; WON and LOST keep
 * the deals closed in the last {@link #RECENTLY_CLOSED} unless all are asked for.
 */
final class Board {

    static final int CARDS_PER_COLUMN = 50;
    static final Duration RECENTLY_CLOSED = Duration.ofDays(90);
    private static final int CONTACTS_PER_CARD = 3;

    /** One lead on the board, its contacts cut to a few. */
    public record Card(Lead lead, List<String> contacts, int moreContacts) {
    }

    /** A stage's column: {@code count} leads match, the first cards are shown, {@code more} are not. */
    public record Column(Stage stage, int count, List<Card> cards, int more) {
    }

    /**
     * @param matching    leads matching the query (in the closed window)
     * @param total       every lead
     * @param olderClosed matching WON and LOST leads left out for closing before the window
     * @param owners      every owner address, for the owner filter
     */
    public record View(List<Column> columns, int matching, int total, int olderClosed, SortedSet<String> owners) {
    }

    private Board() {
    }

    static View of(Pipeline pipeline, BoardQuery query) {
        Predicate<Lead> matches = matches(pipeline, query);
        Instant closedSince = pipeline.asOf().minus(RECENTLY_CLOSED);
        Map<Stage, List<Lead>> byStage = new EnumMap<>(Stage.class);
        int matching = 0;
        int olderClosed = 0;
        for (Lead lead : pipeline.leads()) {
            if (!matches.test(lead)) {
                continue;
            }
            if (!query.allClosed() && !lead.stage().isOpen() && closedAt(lead).isBefore(closedSince)) {
                olderClosed++;
                continue;
            }
            matching++;
            byStage.computeIfAbsent(lead.stage(), s -> new ArrayList<>()).add(lead);
        }
        List<Column> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<Lead> leads = byStage.getOrDefault(stage, List.of());
            List<Card> cards = leads.stream().limit(CARDS_PER_COLUMN).map(Board::card).toList();
            columns.add(new Column(stage, leads.size(), cards, leads.size() - cards.size()));
        }
        return new View(columns, matching, pipeline.leads().size(), olderClosed, pipeline.owners());
    }

    /** When the deal closed: its deciding WON or LOST signal, else its last activity. */
    static Instant closedAt(Lead lead) {
        Evidence stage = lead.evidence().get("stage");
        Instant at = stage != null && stage.at() != null ? stage.at() : lead.lastActivityAt();
        return at == null ? lead.firstTouchAt() : at;
    }

    private static Predicate<Lead> matches(Pipeline pipeline, BoardQuery query) {
        Predicate<Lead> matches = lead -> true;
        if (query.search() != null) {
            String search = query.search().toLowerCase(Locale.ROOT);
            matches = matches.and(lead -> lead.name().toLowerCase(Locale.ROOT).contains(search)
                    || lead.key().contains(search)
                    || lead.contacts().stream().anyMatch(address -> address.contains(search)));
        }
        if (query.source() != null) {
            matches = matches.and(lead -> lead.source() == query.source());
        }
        if (query.flag() == BoardQuery.Flag.FORGOTTEN) {
            matches = matches.and(Lead::forgotten);
        }
        if (query.flag() == BoardQuery.Flag.MISSING_FOLLOW_UP) {
            matches = matches.and(lead -> !lead.missingFollowUps().isEmpty());
        }
        if (query.owner() != null) {
            matches = matches.and(lead -> pipeline.owners(lead.key()).contains(query.owner()));
        }
        return matches;
    }

    private static Card card(Lead lead) {
        List<String> contacts = lead.contacts().stream().limit(CONTACTS_PER_CARD).toList();
        return new Card(lead, contacts, lead.contacts().size() - contacts.size());
    }
}
