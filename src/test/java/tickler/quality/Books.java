package tickler.quality;

import java.util.List;
import java.util.Map;

/** The phrase books a synthetic world is written from: the tuning book, or the held-out blind bank. */
record Books(String name, Phrasebook english, Phrasebook russian) {

    static final Books TUNING = new Books("tuning", Phrasebook.ENGLISH, Phrasebook.RUSSIAN);

    /** The blind bank's situations in place of the tuning book's; introductions, outreach and small talk stay. */
    static Books blind() {
        Map<String, Map<String, List<String>>> bank = HeldOutBank.load();
        return new Books("blind", Phrasebook.ENGLISH.with(bank.getOrDefault("en", Map.of())),
                Phrasebook.RUSSIAN.with(bank.getOrDefault("ru", Map.of())));
    }

    static Books named(String name) {
        return switch (name) {
            case "tuning" -> TUNING;
            case "blind" -> blind();
            default -> throw new IllegalArgumentException("no bank " + name + " (tuning or blind)");
        };
    }
}
