package tickler.web;

import java.util.Locale;

/**
 * A small SVG writer for the report's pictures. Drawn on the server so a picture needs no script,
 * no network and no inline style (presentation attributes only), prints as it shows, and carries
 * a title and a description for screen readers. Every text is escaped.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** @param id unique on the page; the title and description are named after it */
    Svg(String id, int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title ")
                .append(escape(id)).append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
    }

    /** @param tip what a pointer over the shape shows; null for none */
    Svg rect(double x, double y, double width, double height, String fill, String tip) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(Math.max(0, width))).append("\" height=\"").append(number(height))
                .append("\" fill=\"").append(escape(fill)).append('"');
        if (tip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tip)).append("</title></rect>");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke) {
        out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"1\"/>");
        return this;
    }

    /** @param anchor start, middle or end */
    Svg text(double x, double y, String anchor, boolean bold, String text) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" text-anchor=\"").append(escape(anchor)).append("\" fill=\"#1d2433\"");
        if (bold) {
            out.append(" font-weight=\"700\"");
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
