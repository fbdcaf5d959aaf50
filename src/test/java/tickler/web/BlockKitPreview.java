package tickler.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An approximate HTML rendering of a Block Kit message, as Slack lays it out, for the README's
 * picture of the Slack digest (Slack itself cannot be reached from here). Text goes in as text:
 * it shows the message exactly as the webhook received it.
 */
final class BlockKitPreview {

    private BlockKitPreview() {
    }

    static String html(JsonNode message) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.head().appendElement("style").text("""
                body { font: 15px/1.46668 Lato, "Segoe UI", Helvetica, Arial, sans-serif; color: #1d1c1d; margin: 0; }
                .message { display: flex; gap: 8px; padding: 12px 20px; max-width: 760px; }
                .avatar { width: 36px; height: 36px; border-radius: 4px; background: #2457d6; color: #fff; font-weight: 700;
                          display: flex; align-items: center; justify-content: center; flex: none; }
                .who b { margin-right: 6px; } .who span { color: #616061; font-size: 12px; }
                .app { background: #dddddd; color: #616061; font-size: 10px; padding: 1px 3px; border-radius: 2px; margin-right: 6px; }
                h3 { font-size: 18px; margin: 6px 0 4px; } .context { color: #616061; font-size: 12px; margin: 4px 0; }
                .section { margin: 10px 0 2px; } .rich { margin: 2px 0; white-space: pre-wrap; }
                a { color: #1264a3; text-decoration: none; } b.link { font-weight: 700; }
                .caption { color: #616061; font-size: 11px; padding: 0 20px 10px 64px; }""");
        Element body = page.body();
        Element row = body.appendElement("div").addClass("message");
        row.appendElement("div").addClass("avatar").text("T");
        Element content = row.appendElement("div");
        Element who = content.appendElement("div").addClass("who");
        who.appendElement("b").text("Tickler");
        who.appendElement("span").addClass("app").text("APP");
        who.appendElement("span").text("8:00 AM");
        for (JsonNode block : message.path("blocks")) {
            switch (block.path("type").asText()) {
                case "header" -> content.appendElement("h3").text(block.path("text").path("text").asText());
                case "context" -> content.appendElement("div").addClass("context")
                        .text(block.path("elements").path(0).path("text").asText());
                case "section" -> section(content.appendElement("div").addClass("section"), block.path("text"));
                case "rich_text" -> rich(content.appendElement("div").addClass("rich"),
                        block.path("elements").path(0).path("elements"));
                default -> content.appendElement("div").text("[" + block.path("type").asText() + "]");
            }
        }
        body.appendElement("div").addClass("caption")
                .text("An HTML rendering of the Block Kit message the webhook received (not a screenshot of Slack).");
        return page.outerHtml();
    }

    /** Our headings are "*words*" in mrkdwn: bold. */
    private static void section(Element target, JsonNode text) {
        String value = text.path("text").asText();
        if ("mrkdwn".equals(text.path("type").asText()) && value.startsWith("*") && value.endsWith("*")) {
            target.appendElement("b").text(value.substring(1, value.length() - 1)
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        } else {
            target.text(value);
        }
    }

    private static void rich(Element target, JsonNode elements) {
        for (JsonNode element : elements) {
            if ("link".equals(element.path("type").asText())) {
                target.appendElement("a").attr("href", element.path("url").asText()).appendElement("b")
                        .addClass("link").text(element.path("text").asText());
            } else if (element.path("style").path("bold").asBoolean()) {
                target.appendElement("b").text(element.path("text").asText());
            } else {
                target.appendText(element.path("text").asText());
            }
        }
    }
}
