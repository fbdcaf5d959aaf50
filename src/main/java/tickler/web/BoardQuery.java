package tickler.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tickler.lead.LeadSource;

/**
 * What the board is asked to show, from its GET form: a search over name, address and domain;
 * a source, a flag and an owner address to keep; and whether closed deals older than the
 * recent window are shown too. Unknown values are ignored rather than refused.
 */
public record BoardQuery(String search, LeadSource source, Flag flag, String owner, boolean allClosed) {

    /** A flag that needs the salesperson, as the form and the URL spell it. */
    public enum Flag {
        FORGOTTEN("forgotten", "forgotten"), MISSING_FOLLOW_UP("missing-follow-up", "meeting without a follow-up");

        private final String parameter;
        private final String label;

        Flag(String parameter, String label) {
            this.parameter = parameter;
            this.label = label;
        }

        public String parameter() {
            return parameter;
        }

        public String label() {
            return label;
        }

        static Optional<Flag> parse(String value) {
            return Arrays.stream(values()).filter(f -> f.parameter.equals(value)).findFirst();
        }
    }

    public static BoardQuery of(String search, String source, String flag, String owner, String closed) {
        return new BoardQuery(
                blankToNull(search),
                Arrays.stream(LeadSource.values()).filter(s -> s.name().equalsIgnoreCase(strip(source))).findFirst().orElse(null),
                Flag.parse(strip(flag)).orElse(null),
                Optional.ofNullable(blankToNull(owner)).map(o -> o.toLowerCase(Locale.ROOT)).orElse(null),
                "all".equals(strip(closed)));
    }

    /** Whether anything narrows the board beyond the default window of closed deals. */
    public boolean narrowed() {
        return search != null || source != null || flag != null || owner != null;
    }

    /** The same query showing every closed deal, as a link. */
    public String withAllClosed() {
        return link(true);
    }

    /** The same query showing only recent closed deals, as a link. */
    public String withRecentClosed() {
        return link(false);
    }

    private String link(boolean allClosed) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "q", search);
        add(parameters, "source", source == null ? null : source.name());
        add(parameters, "flag", flag == null ? null : flag.parameter());
        add(parameters, "owner", owner);
        add(parameters, "closed", allClosed ? "all" : null);
        return "/" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
