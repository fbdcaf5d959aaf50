package tickler.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HELD OUT. The phrase banks in {@code quality/} were written blind, from a brief of situations
 * only, by writers who never saw the vocabulary or the extractor. They measure how the inference
 * generalises. The second bank ({@code heldout-blind.txt}, "blind") has had its misses read, so it
 * is no longer held out in the strict sense; nor are the third ("blind3") and the eighth ("blind8"),
 * held out until 2026-12-03 and tuned on since ({@code tuning-blind-3.txt}, {@code tuning-blind-8.txt}).
 * The thirteenth ("blind13", {@code tuning-blind-13.txt}) and the fourteenth ("blind14",
 * {@code tuning-blind-14.txt}) were held out until 2026-12-04; the fifteenth
 * ({@code tuning-blind-15.txt}, "blind15") was written then, before blind14's misses were read,
 * and held out until the seventeenth ({@code tuning-blind-17.txt}, "blind17") was written in the
 * next session; blind17 was held out until the eighteenth ({@code tuning-blind-18.txt}, "blind18")
 * was written in the session after, blind18 until the nineteenth ({@code tuning-blind-19.txt},
 * "blind19") was written in the session after that, blind19 until the twentieth
 * ({@code tuning-blind-20.txt}, "blind20") was written in the next, blind20 until the
 * twenty-first ({@code tuning-blind-21.txt}, "blind21") was written in the session after, and
 * blind21 until the twenty-second ({@code tuning-blind-22.txt}, "blind22") was written later in
 * that session, blind22 until the twenty-third ({@code tuning-blind-23.txt}, "blind23") was
 * written in the session after, blind23 until the twenty-fourth ({@code tuning-blind-24.txt},
 * "blind24") was written later in that session, and blind24 until the twenty-fifth
 * ({@code tuning-blind-25.txt}, "blind25") was written in the session after, blind25 until the
 * twenty-sixth ({@code tuning-blind-26.txt}, "blind26") was written later in that session, and blind26
 * until the twenty-seventh ({@code tuning-blind-27.txt}, "blind27") was written in the session after, and blind27
 * until the twenty-eighth ({@code tuning-blind-28.txt}, "blind28") was written in the session after that, and
 * blind28 until the twenty-ninth ({@code tuning-blind-29.txt}, "blind29") was written later in that session, and
 * blind29 until the thirtieth ({@code tuning-blind-30.txt}, "blind30") was written in the session after, and
 * blind30 until the thirty-first ({@code tuning-blind-31.txt}, "blind31") was written later in that session, and
 * blind31 until the thirty-second ({@code tuning-blind-32.txt}, "blind32") was written in the session after, and
 * blind32 until the thirty-third ({@code tuning-blind-33.txt}, "blind33") was written later in that session, and
 * blind33 until the thirty-fourth ({@code tuning-blind-34.txt}, "blind34") was written in the session after, and
 * blind34 until the thirty-fifth ({@code tuning-blind-35.txt}, "blind35") was written in the session after that, and
 * blind35 until the thirty-sixth ({@code tuning-blind-36.txt}, "blind36") was written in the session after that, and
 * blind36 until the thirty-seventh ({@code tuning-blind-37.txt}, "blind37") was written in the session after that, and
 * blind37 until the thirty-eighth ({@code tuning-blind-38.txt}, "blind38") was written in the session after that, and
 * blind38 until the thirty-ninth ({@code tuning-blind-39.txt}, "blind39") was written in the session after that, and
 * blind39 until the fortieth ({@code tuning-blind-40.txt}, "blind40") was written in the session after that, and
 * blind40 until the forty-first ({@code tuning-blind-41.txt}, "blind41") was written in the session after that, and
 * blind41 until the forty-second ({@code tuning-blind-42.txt}, "blind42") was written in the session after that, and
 * blind42 until the forty-third ({@code tuning-blind-43.txt}, "blind43") was written in the session after that, and
 * blind43 until the forty-fourth ({@code tuning-blind-44.txt}, "blind44") was written in the session after that, and
 * blind44 until the forty-fifth ({@code tuning-blind-45.txt}, "blind45") was written in the session after that, and
 * blind45 until the forty-sixth ({@code tuning-blind-46.txt}, "blind46") was written in the session after that, and
 * blind46 until the forty-seventh ({@code tuning-blind-47.txt}, "blind47") was written in the session after that, and
 * blind47 until the forty-eighth ({@code tuning-blind-48.txt}, "blind48") was written in the session after that, and
 * blind48 until the forty-ninth ({@code tuning-blind-49.txt}, "blind49") was written in the session after that, and
 * blind49 until the fiftieth ({@code tuning-blind-50.txt}, "blind50") was written in the session after that, and
 * blind50 until the fifty-first ({@code tuning-blind-51.txt}, "blind51") was written in the session after that, and
 * blind51 until the fifty-second ({@code tuning-blind-52.txt}, "blind52") was written in the session after that, and
 * blind52 until the fifty-third ({@code heldout-blind-53.txt}, "blind53") was written in the session after that:
 * nobody reads blind53's misses to fix them.
 *
 * <p>Format: a header {@code [situation.lang]} (lang {@code en} or {@code ru}), then one phrasing
 * a line; {@code #} starts a comment line; literal figures as in {@link Phrase}.
 */
final class HeldOutBank {

    private HeldOutBank() {
    }

    /** Situation → phrasings, by language ("en", "ru"), of the bank in the class-path {@code resource}. */
    static Map<String, Map<String, List<String>>> load(String resource) {
        try (InputStream in = HeldOutBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Map<String, List<String>>> parse(List<String> lines) {
        Map<String, Map<String, List<String>>> byLanguage = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String header = line.substring(1, line.length() - 1);
                int dot = header.lastIndexOf('.');
                String situation = header.substring(0, dot);
                String language = header.substring(dot + 1);
                current = byLanguage.computeIfAbsent(language, l -> new LinkedHashMap<>())
                        .computeIfAbsent(situation, s -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("a phrasing before any [situation.lang] header");
            }
            Phrase.of(line);
            current.add(line);
        }
        return byLanguage;
    }
}
