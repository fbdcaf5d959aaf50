package tickler.digest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which digest: every day, once a week, or the month's report on the 1st. */
public enum Kind {
    DAILY, WEEKLY, MONTHLY;

    /** As in URLs and the store: "daily". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> of(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
    }
}
