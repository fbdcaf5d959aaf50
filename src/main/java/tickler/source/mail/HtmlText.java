package tickler.source.mail;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/** Plain text of an HTML body, keeping line structure so quoted parts can still be recognised. */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4",
            "h5", "h6", "table", "ul", "ol", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");

    /** Mail clients mark quoted replies in HTML; dropping them here is surer than by text. */
    private static final Evaluator NOT_OWN_TEXT = QueryParser.parse("script, style, head, title, blockquote, "
            + ".gmail_quote, .gmail_attr, .yahoo_quoted, #divRplyFwdMsg, #appendonsend ~ *, div[name=messageReplySection]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private HtmlText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NOT_OWN_TEXT).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    newLine("br".equals(el.normalName()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName()) && !"br".equals(el.normalName())) {
                    newLine(false);
                }
            }

            /** Block edges end a line once; only explicit breaks make blank lines. */
            private void newLine(boolean always) {
                if (always || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                    out.append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString();
    }
}
