package tickler.quality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tickler.activity.Activity;

/**
 * Measured quality of the inference over labelled synthetic worlds (issue #3). Run from the
 * project directory:
 * <pre>
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=tickler.quality.QualityBenchmark -Dexec.args="--seeds 101,202,303,404,505"
 * </pre>
 * Options: {@code --seeds a,b,c} (default 101,202,303,404,505), {@code --leads N} per world
 * (default 100), {@code --bank tuning|blind|blind3…blind13|all} (default all: the figures per bank), {@code --mistakes}
 * to list every wrong fact with its evidence, {@code --classes} to count the wrong facts by class without
 * printing any phrasing (for a held-out bank), {@code --trace KEY[,KEY…]} to print the activities that name a
 * lead key (to see why a fact is wrong). The held-out bank ({@link HeldOutBank}, {@link WordModels#HELD_OUT}) is
 * measured, never tuned on: its mistakes and traces are not printed.
 */
public final class QualityBenchmark {

    private QualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args.length == 1 ? args[0].split("\\s+") : args);
        List<Long> seeds = Arrays.stream(option(options, "--seeds", "101,202,303,404,505").split(","))
                .map(String::strip).map(Long::parseLong).toList();
        int leads = Integer.parseInt(option(options, "--leads", "100"));
        String bank = option(options, "--bank", "all");
        for (String name : bank.equals("all") ? List.of("tuning", "blind", "blind4", "blind5", "blind6", "blind7", "blind9", "blind10", "blind11", "blind12", "blind3", "blind8", "blind13", "blind14", "blind16", "blind15", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53") : List.of(bank)) {
            Books books = Books.named(name);
            // The held-out bank's phrasings are never printed, not even in a listing of every bank's mistakes.
            boolean phrasingsShown = !name.equals(WordModels.HELD_OUT);
            System.out.println("bank " + name + (phrasingsShown ? "" : " (held out: figures and --classes only)"));
            Scores overall = null;
            for (long seed : seeds) {
                Scores scores = Quality.measure(seed, leads, books);
                System.out.println(scores.line("seed " + seed));
                if (phrasingsShown && options.contains("--mistakes")) {
                    scores.mistakes().forEach(m -> System.out.println("    " + m));
                }
                if (phrasingsShown && options.contains("--trace")) {
                    SyntheticWorld.World world = SyntheticWorld.generate(seed, leads, books);
                    for (String key : option(options, "--trace", "").split(",")) {
                        trace(world, key);
                    }
                }
                overall = overall == null ? scores : overall.plus(scores);
            }
            if (overall != null) {
                System.out.println(overall.line("overall"));
                if (options.contains("--classes")) {
                    classes(overall.mistakes()).forEach((kind, count) -> System.out.println("    " + count + " " + kind));
                }
            }
        }
    }

    private static final Pattern FACT = Pattern.compile("\\S+ (\\w+): expected (.+?), got (.+?)(?: Evidence.*| null)?$");

    /** The wrong facts by kind ("stage MEETING→PROPOSAL", "team other count"), most frequent first. */
    static Map<String, Long> classes(List<String> mistakes) {
        Map<String, Long> counts = mistakes.stream().map(QualityBenchmark::kind)
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String kind(String mistake) {
        for (String whole : List.of("contact became a lead", "extra lead", "missed lead")) {
            if (mistake.startsWith(whole)) {
                return whole;
            }
        }
        if (mistake.startsWith("won in")) {
            return "won month wrong";
        }
        Matcher m = FACT.matcher(mistake);
        if (!m.matches()) {
            return "other";
        }
        String fact = m.group(1);
        String expected = m.group(2);
        String got = m.group(3);
        return switch (fact) {
            case "stage", "source" -> fact + " " + expected + "→" + got;
            case "budget", "teamSize" -> fact + (expected.equals("null") ? " read where none was stated"
                    : got.startsWith("null") ? " not found" : " another figure standing");
            default -> fact;
        };
    }

    private static void trace(SyntheticWorld.World world, String key) {
        System.out.println("    truth " + world.truth().get(key));
        String label = key.contains("@") ? key : key.substring(0, key.indexOf('.'));
        for (Activity a : world.activities()) {
            String all = (a.title() + " " + a.text() + " " + a.participants()).toLowerCase();
            if (all.contains(label)) {
                System.out.println("    " + a.at() + " " + a.kind() + " created " + a.created() + " " + a.participants()
                        + " " + a.labels() + " " + a.attachments() + "\n      " + a.title() + " | " + a.text().replace("\n", " / "));
            }
        }
    }

    private static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
    }
}
