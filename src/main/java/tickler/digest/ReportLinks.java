package tickler.digest;

import java.time.YearMonth;

/**
 * The link to a month's report in the monthly digest: the one place that decides what a reader of
 * the digest opens: a share link, which needs no sign-in.
 */
public interface ReportLinks {

    String monthly(YearMonth month);
}
