package tickler.digest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest as a Slack Block Kit message, serialised by Jackson. Untrusted text (names, subjects,
 * titles) only ever goes into {@code plain_text} objects and {@code rich_text} elements, which
 * Slack shows literally: no mention, link or formatting can come out of it, which mrkdwn cannot
 * promise ({@code *bold*} has no escape there). The mrkdwn fields hold the service's own words
 * (headings, the notification fallback) and are escaped for mrkdwn all the same.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SlackMessage(String text, List<Block> blocks) {

    /** Slack refuses a message of more blocks. */
    static final int MAX_BLOCKS = 50;
    /** A subject can be a page long; a digest line is a line. */
    static final int MAX_TEXT = 300;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Block(String type, Text text, List<?> elements) {
        static Block header(String text) {
            return new Block("header", Text.plain(text), null);
        }

        static Block section(Text text) {
            return new Block("section", text, null);
        }

        static Block context(Text text) {
            return new Block("context", null, List.of(text));
        }

        static Block richText(List<Rich> elements) {
            return new Block("rich_text", null, List.of(new Rich("rich_text_section", null, null, null, elements)));
        }
    }

    record Text(String type, String text) {
        static Text plain(String text) {
            return new Text("plain_text", text);
        }

        static Text mrkdwn(String text) {
            return new Text("mrkdwn", text);
        }
    }

    /** A rich text element: a section of elements, literal text, or a link with a literal label. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rich(String type, String text, String url, Style style, List<Rich> elements) {
        static Rich text(String text) {
            return new Rich("text", text, null, null, null);
        }

        static Rich bold(String text) {
            return new Rich("text", text, null, new Style(true), null);
        }

        static Rich link(String url, String label) {
            return new Rich("link", label, url, new Style(true), null);
        }
    }

    record Style(boolean bold) {
    }

    static SlackMessage of(Digest digest) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.header(digest.title()));
        if (digest.note() != null) {
            blocks.add(Block.context(Text.plain(digest.note())));
        }
        if (digest.sections().isEmpty()) {
            blocks.add(Block.section(Text.plain("Nothing needs you today.")));
        }
        int left = digest.items();
        for (Digest.Section section : digest.sections()) {
            // room for this heading, an item, and the "and N more" closing the message
            if (blocks.size() + 3 > MAX_BLOCKS) {
                break;
            }
            blocks.add(Block.section(Text.mrkdwn("*" + escape(section.heading()) + "*")));
            for (Digest.Item item : section.items()) {
                if (blocks.size() + 2 > MAX_BLOCKS) {
                    break;
                }
                blocks.add(Block.richText(line(item)));
                left--;
            }
        }
        if (left > 0) {
            blocks.add(Block.richText(List.of(Rich.link(digest.boardUrl(), "and " + left + " more on the board"))));
        }
        return new SlackMessage(escape(digest.headline()), blocks);
    }

    /** mrkdwn's control characters as Slack asks: nothing else needs escaping there. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Rich> line(Digest.Item item) {
        List<Rich> line = new ArrayList<>();
        if (item.when() != null) {
            line.add(Rich.text(item.when() + "  "));
        }
        line.add(item.url() == null ? Rich.bold(item.label()) : Rich.link(item.url(), item.label()));
        if (item.text() != null) {
            line.add(Rich.text(" — " + (item.text().length() > MAX_TEXT ? item.text().substring(0, MAX_TEXT) + "…" : item.text())));
        }
        if (item.note() != null) {
            line.add(Rich.text(" (" + item.note() + ")"));
        }
        return line;
    }
}
