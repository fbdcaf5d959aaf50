package tickler.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tickler.lead.Lead;
import tickler.lead.Money;
import tickler.lead.Pipeline;
import tickler.quality.SyntheticWorld.Truth;
import tickler.quality.SyntheticWorld.World;

/** How the inferred pipeline compares with a world's ground truth; counts add up across worlds. */
record Scores(int truthLeads, int foundLeads, int matched, int noiseLeaked,
              int contacts, int contactsLeaked, int contactsFlagged,
              int source, int stage, int budget, int team,
              Counts forgotten, Counts missingFollowUp, int wonMonths, int wonMonthsRight, List<String> mistakes) {

    /** True positives, predicted positives and actual positives of one yes/no flag. */
    record Counts(int truePositives, int predicted, int actual) {
        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, predicted + o.predicted, actual + o.actual);
        }

        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return actual == 0 ? 1 : (double) truePositives / actual;
        }
    }

    /**
     * @param reportedWins per month of the world, the amounts the monthly report says were won in it
     */
    static Scores of(World world, Pipeline pipeline, Map<YearMonth, Map<String, BigDecimal>> reportedWins) {
        Map<String, Lead> found = pipeline.leads().stream().collect(Collectors.toMap(Lead::key, Function.identity()));
        List<String> mistakes = new ArrayList<>();
        int matched = 0;
        int source = 0;
        int stage = 0;
        int budget = 0;
        int team = 0;
        Counts forgotten = new Counts(0, 0, 0);
        Counts missing = new Counts(0, 0, 0);
        for (Truth truth : world.truth().values()) {
            Lead lead = found.get(truth.key());
            if (lead == null) {
                mistakes.add("missed lead " + truth.key() + pipeline.contacts().stream().filter(c -> c.key().equals(truth.key()))
                        .findFirst().map(c -> " (a contact: " + c.reason() + ")").orElse(""));
                continue;
            }
            matched++;
            boolean missed = !lead.missingFollowUps().isEmpty();
            source += right(mistakes, lead, "source", truth.source(), lead.source(), truth.source() == lead.source());
            stage += right(mistakes, lead, "stage", truth.stage(), lead.stage(), truth.stage() == lead.stage());
            budget += right(mistakes, lead, "budget", truth.budget(), lead.budget(), sameMoney(truth.budget(), lead.budget()));
            team += right(mistakes, lead, "teamSize", truth.teamSize(), lead.teamSize(),
                    Objects.equals(truth.teamSize(), lead.teamSize()));
            right(mistakes, lead, "forgotten", truth.forgotten(), lead.forgotten(), truth.forgotten() == lead.forgotten());
            right(mistakes, lead, "missingFollowUp", truth.missingFollowUp(), missed, truth.missingFollowUp() == missed);
            forgotten = forgotten.plus(flag(truth.forgotten(), lead.forgotten()));
            missing = missing.plus(flag(truth.missingFollowUp(), missed));
        }
        found.keySet().stream().filter(k -> !world.truth().containsKey(k))
                .forEach(k -> mistakes.add((world.contacts().contains(k) ? "contact became a lead " : "extra lead ") + k
                        + " " + found.get(k).evidence().get("lead")));
        List<Lead> leakedContacts = found.values().stream().filter(l -> world.contacts().contains(l.key())).toList();
        int flagged = (int) leakedContacts.stream().filter(l -> l.forgotten() || !l.missingFollowUps().isEmpty()).count();
        int wonMonths = 0;
        int wonRight = 0;
        for (Map.Entry<YearMonth, Map<String, BigDecimal>> month : world.wonByMonth().entrySet()) {
            Map<String, BigDecimal> reported = reportedWins.getOrDefault(month.getKey(), Map.of());
            if (month.getValue().isEmpty() && reported.isEmpty()) {
                continue;
            }
            wonMonths++;
            if (sameSums(month.getValue(), reported)) {
                wonRight++;
            } else {
                mistakes.add("won in " + month.getKey() + ": expected " + month.getValue() + ", reported " + reported);
            }
        }
        return new Scores(world.truth().size(), found.size(), matched, leaked(world, found.values()),
                world.contacts().size(), leakedContacts.size(), flagged,
                source, stage, budget, team, forgotten, missing, wonMonths, wonRight, mistakes);
    }

    /** The same currencies, each sum within 1%. */
    private static boolean sameSums(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {
        return expected.keySet().equals(actual.keySet()) && expected.entrySet().stream()
                .allMatch(e -> sameMoney(new Money(e.getValue(), e.getKey()), new Money(actual.get(e.getKey()), e.getKey())));
    }

    /** Noise addresses that are a lead's contact, and noise domains that are a lead's key or its contacts' domain. */
    private static int leaked(World world, Iterable<Lead> leads) {
        Set<String> leakedNoise = new HashSet<>();
        for (Lead lead : leads) {
            for (String noise : world.noise()) {
                boolean hit = noise.contains("@")
                        ? lead.contacts().contains(noise)
                        : lead.key().equals(noise) || lead.contacts().stream().anyMatch(c -> c.endsWith("@" + noise) || c.endsWith("." + noise));
                if (hit) {
                    leakedNoise.add(noise);
                }
            }
        }
        return leakedNoise.size();
    }

    private static Counts flag(boolean actual, boolean predicted) {
        return new Counts(actual && predicted ? 1 : 0, predicted ? 1 : 0, actual ? 1 : 0);
    }

    /** 1 when right; otherwise 0, and the mistake is noted with the evidence the inference gave. */
    private static int right(List<String> mistakes, Lead lead, String what, Object expected, Object actual, boolean right) {
        if (!right) {
            mistakes.add(lead.key() + " " + what + ": expected " + expected + ", got " + actual + " " + lead.evidence().get(what));
        }
        return right ? 1 : 0;
    }

    /** Within 1% and in the same currency; no budget on both sides is right too. */
    static boolean sameMoney(Money expected, Money actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (!expected.currency().equals(actual.currency())) {
            return false;
        }
        BigDecimal difference = expected.amount().subtract(actual.amount()).abs();
        return difference.compareTo(expected.amount().abs().multiply(new BigDecimal("0.01"), MathContext.DECIMAL64)) <= 0;
    }

    Scores plus(Scores o) {
        List<String> all = new ArrayList<>(mistakes);
        all.addAll(o.mistakes);
        return new Scores(truthLeads + o.truthLeads, foundLeads + o.foundLeads, matched + o.matched,
                noiseLeaked + o.noiseLeaked, contacts + o.contacts, contactsLeaked + o.contactsLeaked,
                contactsFlagged + o.contactsFlagged, source + o.source, stage + o.stage, budget + o.budget, team + o.team,
                forgotten.plus(o.forgotten), missingFollowUp.plus(o.missingFollowUp), wonMonths + o.wonMonths,
                wonMonthsRight + o.wonMonthsRight, all);
    }

    double leadPrecision() {
        return foundLeads == 0 ? 1 : (double) matched / foundLeads;
    }

    double leadRecall() {
        return truthLeads == 0 ? 1 : (double) matched / truthLeads;
    }

    double leadF1() {
        double p = leadPrecision();
        double r = leadRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double sourceAccuracy() {
        return ratio(source);
    }

    double stageAccuracy() {
        return ratio(stage);
    }

    double budgetAccuracy() {
        return ratio(budget);
    }

    double teamAccuracy() {
        return ratio(team);
    }

    /** The share of months (with a win in the truth or the report) whose won amounts per currency are right. */
    double wonMonthsAccuracy() {
        return wonMonths == 0 ? 1 : (double) wonMonthsRight / wonMonths;
    }

    private double ratio(int correct) {
        return matched == 0 ? 1 : (double) correct / matched;
    }

    String line(String label) {
        return String.format(Locale.ROOT,
                "%-8s leads %3d/%3d P %.3f R %.3f F1 %.3f | contacts %d/%d leaked, %d flagged | noise leaked %d"
                        + " | source %.3f stage %.3f budget %.3f team %.3f | won months %d/%d (%.2f)"
                        + " | forgotten P %.3f R %.3f (%d) | missing follow-up P %.3f R %.3f (%d)",
                label, matched, truthLeads, leadPrecision(), leadRecall(), leadF1(), contactsLeaked, contacts, contactsFlagged,
                noiseLeaked, sourceAccuracy(), stageAccuracy(), budgetAccuracy(), teamAccuracy(),
                wonMonthsRight, wonMonths, wonMonthsAccuracy(),
                forgotten.precision(), forgotten.recall(), forgotten.actual(),
                missingFollowUp.precision(), missingFollowUp.recall(), missingFollowUp.actual());
    }
}
