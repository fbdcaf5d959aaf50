package tickler.digest;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One digest's contents, ready for any channel: sections of items, each linking where the user acts.
 * Lead names and titles in it are untrusted text: every channel escapes them its own way.
 *
 * @param title    "Daily digest, Thu 26 Nov 2026": the service's words only
 * @param sections in the order they are shown; sections without items are left out
 * @param note     what the reader should know about every number (privacy mode), or null
 * @param boardUrl where everything left out of a long digest is
 */
@TemplateData
public record Digest(Kind kind, Period period, String title, List<Section> sections, String note, String boardUrl) {

    private static final String MONTH_IN_NUMBERS = "the month in numbers";

    /** Items that need the salesperson: the count in the email's subject. */
    public int actions() {
        return (int) sections.stream().flatMap(s -> s.items().stream()).filter(Item::action).count();
    }

    /** The title and how many things need action: the email's subject, Slack's notification. */
    public String headline() {
        return title + ": " + (kind == Kind.MONTHLY ? MONTH_IN_NUMBERS : needs());
    }

    /** The sentence under the title. */
    public String opening() {
        if (kind == Kind.MONTHLY) {
            return "The month in numbers; each opens the report.";
        }
        return actions() == 0 ? "Nothing needs you." : needs() + ".";
    }

    /** "3 things need you". */
    public String needs() {
        int actions = actions();
        return actions == 0 ? "nothing needs you" : actions == 1 ? "1 thing needs you" : actions + " things need you";
    }

    public int items() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    /** Nothing to say: nothing needs action, and the monthly report has no numbers. */
    public boolean isEmpty() {
        return actions() == 0 && sections.stream().noneMatch(Section::news);
    }

    /** @param news worth a digest by itself (the month's numbers) */
    @TemplateData
    public record Section(String heading, List<Item> items, boolean news) {
    }

    /**
     * One line: {@code when} {@code label} — {@code text} ({@code note}).
     *
     * @param when   a time or date in the owner's zone, or null
     * @param label  the lead's or account's name (untrusted), the link's text
     * @param text   a subject or event title (untrusted), or null
     * @param note   the service's own words (a source, a budget), or null
     * @param url    the lead page, the report, the sync page
     * @param action the salesperson has something to do about it
     */
    @TemplateData
    public record Item(String when, String label, String text, String note, String url, boolean action) {
    }
}
