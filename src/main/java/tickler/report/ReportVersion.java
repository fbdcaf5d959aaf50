package tickler.report;

import java.time.Instant;

/**
 * One kept version of a month's report. Versions are numbered from 1 per month and never
 * rewritten: the snapshot written when the month ended stays as it was, regenerations add more.
 *
 * @param report the report as written, or null where only the list of versions was read
 */
public record ReportVersion(String month, int number, WrittenBy writtenBy, Instant generatedAt, MonthlyReport report) {

    public enum WrittenBy {
        /** The snapshot written once the month was over. */
        MONTH_END,
        /** Written on request ("Regenerate"). */
        REQUEST
    }
}
