package tickler.source.takeout;

import java.util.List;

/**
 * What one import read and what it changed.
 *
 * @param events   event occurrences read
 * @param messages messages read
 * @param added    activities new to the store
 * @param updated  activities that changed since they were last read
 * @param skipped  items that could not be read, each with its reason
 */
public record ImportResult(long events, long messages, long added, long updated, List<Skipped> skipped) {

    public record Skipped(String item, String reason) {
    }

    /** True when the input held nothing of a kind Tickler reads: not a Takeout, a calendar or a mailbox. */
    public boolean noAcceptedFile() {
        return events == 0 && messages == 0 && !skipped.isEmpty() && skipped.stream().allMatch(
                s -> s.reason().equals(TakeoutReader.NOT_ACCEPTED) || s.reason().equals(TakeoutReader.ZIP_WITHOUT_ACCEPTED));
    }
}
