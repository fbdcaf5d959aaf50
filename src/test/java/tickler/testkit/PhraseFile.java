package tickler.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A phrase file of {@code quality/}: {@code [situation.lang]} headers, one phrasing a line, {@code #} comments. */
public final class PhraseFile {

    private PhraseFile() {
    }

    /** Phrasings by header ("won.en"), in the order written. */
    public static Map<String, List<String>> sections(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                current = out.computeIfAbsent(line.strip().substring(1, line.strip().length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line.strip());
            }
        }
        return out;
    }

    /** The phrasing with its people filled in. */
    public static String filled(String phrasing) {
        return phrasing.replace("{owner}", "Olga").replace("{name}", "Dana").replace("{org}", "Client");
    }
}
