package tickler.source.takeout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every third-party file of the shared corpora (real exports, malformed and fuzzed inputs) must be
 * read quickly, without an exception, and be accounted for: activities or skipped with a reason.
 */
class CorpusRobustnessTest {

    private static final Path CORPORA = Path.of("..", "shared", "corpora");

    @Test
    void everyCorpusFileIsReadOrSkippedWithAReason() throws IOException {
        boolean present = Files.isDirectory(CORPORA);
        if (!present) {
            System.out.println("CorpusRobustnessTest: no corpora at " + CORPORA.toAbsolutePath() + ", skipped");
        }
        Assumptions.assumeTrue(present, "corpora folder not present");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPORA)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("MANIFEST.tsv")
                            && !f.getFileName().toString().equals("SOURCES.md"))
                    .sorted().toList();
        }
        long activities = 0;
        long skipped = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (Path file : files) {
            Collected c = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Collected.read(file),
                    () -> "took too long: " + file);
            assertTrue(!c.activities.isEmpty() || !c.skipped.isEmpty(), "not accounted for: " + file);
            c.skipped.forEach((item, reason) -> assertFalse(reason == null || reason.isBlank(),
                    "blank reason for " + item + " in " + file));
            activities += c.activities.size();
            skipped += c.skipped.size();
            c.skipped.values().forEach(r -> reasons.merge(r.replaceAll("[:(].*", "").strip(), 1, Integer::sum));
        }
        System.out.printf("CorpusRobustnessTest: %d files, %d activities, %d skipped%n", files.size(), activities, skipped);
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(r -> System.out.printf("  %5d  %s%n", r.getValue(), r.getKey()));
    }
}
