package tickler.activity;

import java.util.regex.Pattern;

/** The whitespace rules of every activity's text, whichever source wrote it. */
public final class ActivityText {

    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\u200b\\u200c\\ufeff]+");
    private static final Pattern LINE_EDGES = Pattern.compile(" *\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private ActivityText() {
    }

    /** Paragraphs kept, runs of blanks collapsed, capped at {@link Activity#MAX_TEXT}. */
    public static String tidy(String text) {
        String t = text.replace('\u00a0', ' ').replace("\r\n", "\n").replace('\r', '\n');
        t = BLANKS.matcher(t).replaceAll(" ");
        t = LINE_EDGES.matcher(t).replaceAll("\n");
        t = BLANK_LINES.matcher(t).replaceAll("\n\n");
        t = t.strip();
        return t.length() > Activity.MAX_TEXT ? t.substring(0, Activity.MAX_TEXT) : t;
    }
}
