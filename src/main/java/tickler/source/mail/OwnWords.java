package tickler.source.mail;

import java.util.List;
import java.util.regex.Pattern;

import tickler.activity.Activity;
import tickler.activity.ActivityText;

/**
 * The author's own words in a message body: quoted replies and forwarded parts are not what the
 * sender said, so amounts, team sizes and signals must not be read from them.
 */
final class OwnWords {

    /** A line from which on everything is someone else's text. */
    private static final List<Pattern> CUT_FROM = List.of(
            Pattern.compile("^\\s*On\\s.{0,300}\\bwrote:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*Le\\s.{0,300}\\ba\\s+écrit\\s*:?\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*Am\\s.{0,300}\\bschrieb\\b.{0,100}:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^.{0,300}(?:^|\\s)(написал|написала|написал\\(а\\)|пишет)\\s*:\\s*$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^\\s*-{2,}\\s*(Original Message|Forwarded message|Пересылаемое сообщение|"
                    + "Исходное сообщение|Перенаправленное сообщение)\\s*-{2,}.*$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^\\s*Begin forwarded message:\\s*$", Pattern.CASE_INSENSITIVE));

    /** Outlook quotes with a header block instead of an attribution line. */
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?(From|От|Von|De)\\s*:\\*?\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_NEXT = Pattern.compile(
            "^\\s*\\*?(Sent|Date|Отправлено|Дата|Gesendet|Envoyé)\\s*:.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OwnWords() {
    }

    static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(Math.min(body.length(), Activity.MAX_TEXT + 16));
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (startsQuotedPart(lines, i)) {
                break;
            }
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            out.append(line).append('\n');
            if (out.length() > Activity.MAX_TEXT * 2) {
                break;
            }
        }
        return ActivityText.tidy(out.toString());
    }

    private static boolean startsQuotedPart(String[] lines, int i) {
        String line = lines[i];
        if (matchesCut(line)) {
            return true;
        }
        // Gmail wraps a long attribution line: "On Mon, ... Vasya <" / "v@x.ru> wrote:"
        if (i + 1 < lines.length && line.length() < 400 && !line.isBlank()
                && matchesCut(line.strip() + " " + lines[i + 1].strip())) {
            String start = line.stripLeading();
            if (start.startsWith("On ") || start.startsWith("Le ") || start.startsWith("Am ")
                    || Character.isDigit(start.isEmpty() ? 'x' : start.charAt(0))) {
                return true;
            }
        }
        if (OUTLOOK_FROM.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                if (OUTLOOK_NEXT.matcher(lines[j]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesCut(String line) {
        // Each expression needs a colon, a dash pair or "écrit": most lines have none, and are spared all six.
        if (line.indexOf(':') < 0 && line.indexOf('é') < 0 && !line.contains("--")) {
            return false;
        }
        for (Pattern p : CUT_FROM) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
