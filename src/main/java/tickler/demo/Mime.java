package tickler.demo;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** The encodings of RFC 2045, 2047 and 2231 that a Gmail export uses, nothing more. */
final class Mime {

    static final String CRLF = "\r\n";

    /** Lines past 78 characters are legal but unlike what mail clients write. */
    private static final int LINE = 76;
    /** 36 bytes make 48 base64 characters, so "Subject: " plus one encoded word stays under 78. */
    private static final int WORD_BYTES = 36;
    private static final Pattern ATOM_PHRASE = Pattern.compile("[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Mime() {
    }

    static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    static String quoteLines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            sb.append(line.isEmpty() || line.startsWith(">") ? ">" : "> ").append(line).append('\n');
        }
        return sb.toString();
    }

    /** RFC 2045 §6.7: soft breaks keep lines at 76, trailing blanks and '=' are encoded. */
    static String quotedPrintable(String text, Charset charset) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            byte[] bytes = lines[i].replace("\r", "").getBytes(charset);
            int column = 0;
            for (int j = 0; j < bytes.length; j++) {
                int c = bytes[j] & 0xff;
                boolean literal = (c >= 33 && c <= 126 && c != '=')
                        || ((c == ' ' || c == '\t') && j < bytes.length - 1);
                int width = literal ? 1 : 3;
                if (column + width > LINE - 1) {
                    out.append('=').append(CRLF);
                    column = 0;
                }
                if (literal) {
                    out.append((char) c);
                } else {
                    out.append('=').append(HEX[c >> 4]).append(HEX[c & 0xf]);
                }
                column += width;
            }
            if (i < lines.length - 1) {
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(LINE, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
    }

    static String base64Text(String text, Charset charset) {
        return base64(text.replace("\r", "").replace("\n", CRLF).getBytes(charset));
    }

    /** RFC 2047 B-encoded words, split on character boundaries so none exceeds 75 characters. */
    static List<String> encodedWords(String text, Charset charset) {
        List<String> words = new ArrayList<>();
        CharsetEncoder encoder = charset.newEncoder();
        String prefix = "=?" + charset.name().toLowerCase() + "?B?";
        StringBuilder chunk = new StringBuilder();
        int chunkBytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int n = encoder.canEncode(ch) ? ch.getBytes(charset).length : 1;
            if (chunkBytes + n > WORD_BYTES && chunk.length() > 0) {
                words.add(prefix + Base64.getEncoder().encodeToString(chunk.toString().getBytes(charset)) + "?=");
                chunk.setLength(0);
                chunkBytes = 0;
            }
            chunk.append(ch);
            chunkBytes += n;
            i += ch.length();
        }
        if (chunk.length() > 0) {
            words.add(prefix + Base64.getEncoder().encodeToString(chunk.toString().getBytes(charset)) + "?=");
        }
        return words;
    }

    /** An unstructured header (Subject) folded at blanks, encoded when it is not ASCII. */
    static String unstructured(String name, String value, Charset charset) {
        List<String> words = isAscii(value) ? List.of(value.split(" ")) : encodedWords(value, charset);
        String separator = isAscii(value) ? " " : "";
        StringBuilder sb = new StringBuilder(name).append(": ");
        int column = sb.length();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0) {
                if (column + separator.length() + w.length() > LINE + 2) {
                    sb.append(CRLF).append(' ');
                    column = 1;
                } else {
                    sb.append(separator);
                    column += separator.length();
                }
            }
            sb.append(w);
            column += w.length();
        }
        return sb.append(CRLF).toString();
    }

    static String mailbox(Mail.Address a, Charset charset) {
        if (a.name() == null || a.name().isBlank()) {
            return a.address();
        }
        String name;
        if (!isAscii(a.name())) {
            name = String.join(" ", encodedWords(a.name(), charset));
        } else if (ATOM_PHRASE.matcher(a.name()).matches()) {
            name = a.name();
        } else {
            name = '"' + a.name().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return name + " <" + a.address() + ">";
    }

    /** An address list folded between addresses. */
    static String addressList(String name, List<Mail.Address> addresses, Charset charset) {
        StringBuilder sb = new StringBuilder(name).append(": ");
        int column = sb.length();
        for (int i = 0; i < addresses.size(); i++) {
            String m = mailbox(addresses.get(i), charset);
            if (i > 0) {
                sb.append(',');
                if (column + 2 + m.length() > LINE + 2) {
                    sb.append(CRLF).append(' ');
                    column = 1;
                } else {
                    sb.append(' ');
                    column += 2;
                }
            }
            sb.append(m);
            column += m.length();
        }
        return sb.append(CRLF).toString();
    }

    /** Gmail's label list: comma-separated, a label holding a comma or quote is quoted. */
    static String labels(List<String> labels) {
        List<String> out = new ArrayList<>();
        for (String l : labels) {
            out.add(l.contains(",") || l.contains("\"") ? '"' + l.replace("\"", "\\\"") + '"' : l);
        }
        return String.join(",", out);
    }

    /** RFC 2231 extended value ({@code utf-8''%D0%9A...}). */
    static String extendedValue(String value) {
        StringBuilder sb = new StringBuilder("utf-8''");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String htmlLines(String text) {
        return escapeHtml(text).replace("\n", "<br>\n");
    }

    /** The HTML Gmail's composer produces: a div per message, the quote in a gmail_quote block. */
    static String html(Mail m) {
        StringBuilder sb = new StringBuilder("<div dir=\"ltr\">").append(htmlLines(m.text)).append("</div>\n");
        if (m.quoted != null) {
            sb.append("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">")
                    .append(escapeHtml(m.quoteAttribution)).append("<br></div>\n")
                    .append("<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;")
                    .append("border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n")
                    .append(htmlLines(m.quoted)).append("</blockquote></div>\n");
        }
        return sb.toString();
    }
}
