package tickler.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each blind bank is whole: every situation the generator asks of it, in both languages, and it builds a world. */
class HeldOutBankTest {

    @ParameterizedTest
    @ValueSource(strings = {"blind", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53"})
    void everySituationIsWrittenInBothLanguages(String name) {
        Books books = Books.named(name);
        List<String> situations = new ArrayList<>(Phrasebook.SHARED);
        for (String role : Phrasebook.CONTACT_ROLES) {
            situations.add(role + ".from");
            situations.add(role + ".reply");
        }
        Map<String, Map<String, List<String>>> bank = HeldOutBank.load(Books.BLIND.get(name));
        for (String language : List.of("en", "ru")) {
            for (String situation : situations) {
                List<String> lines = bank.getOrDefault(language, Map.of()).get(situation);
                assertTrue(lines != null && !lines.isEmpty(), name + " has no " + situation + "." + language);
            }
        }
        assertFalse(SyntheticWorld.generate(7, 20, books).activities().isEmpty());
    }
}
