package tickler.activity;

import java.util.Locale;

/**
 * An address taking part in an activity. The address is normalised to lower case;
 * the name is the display name as written (untrusted text), or null.
 */
public record Participant(Role role, String address, String name) {
    public Participant {
        address = address.trim().toLowerCase(Locale.ROOT);
        if (name != null) {
            name = Bounded.cut(name.strip(), Activity.MAX_NAME);
            if (name.isEmpty() || name.equalsIgnoreCase(address)) {
                name = null;
            }
        }
    }
}
