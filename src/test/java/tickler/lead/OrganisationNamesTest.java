package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void findsNamesAsWholeWordsInAnyCaseAndRussianWordForms() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("otkat.ru", List.of("Otkat Kontora", "otkat"));
        names.put("romashka.ru", List.of("Ромашка Трейд"));
        names.put("acme.io", List.of("Acme"));
        OrganisationNames organisations = new OrganisationNames(names);

        assertEquals(List.of("otkat.ru"), keys(organisations.named("Call OTKAT about the site", key -> true)));
        assertEquals(List.of(), keys(organisations.named("Call otkatkontora", key -> true)), "a word, not a part of one");
        assertEquals(List.of("romashka.ru"), keys(organisations.named("встреча с Ромашкой Трейдом", key -> true)));
        assertEquals(List.of("otkat.ru", "acme.io"), keys(organisations.named("acme and Otkat, Acme again", key -> true)),
                "in the order the organisations were given");
        assertEquals(List.of("acme.io"), keys(organisations.named("acme and otkat", key -> !key.equals("otkat.ru"))));
    }

    @Test
    void wordAnchorsAreWhatEveryMatchOfEachWordContains() {
        assertEquals(List.of(Set.of("otkat"), Set.of("kontora")), Phrases.wordAnchors("Otkat Kontora"));
        assertEquals(List.of(Set.of("ромашк")), Phrases.wordAnchors("Ромашка"));
        assertEquals(List.of(Set.of("an"), Set.of("agenc")), Phrases.wordAnchors("an agenc*"));
        assertEquals(List.of(Set.of("went", "gone")), Phrases.wordAnchors("went|gone"));
        assertEquals(List.of(Set.of()), Phrases.wordAnchors("*"));
    }

    @Test
    void aWordEveryOrganisationSharesDoesNotMakeEveryOrganisationACandidate() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            names.put("client" + i + ".com", List.of("Client " + i, "client" + i));
        }
        OrganisationNames organisations = new OrganisationNames(names);
        List<String> checked = new ArrayList<>();
        assertEquals(List.of("client42.com"), keys(organisations.named("Call with Client 42 about the site", key -> checked.add(key))));
        assertTrue(checked.size() < 30, "checked " + checked.size() + " organisations: " + checked);
    }

    /** The multi-pattern pass is only a filter: it names exactly what each organisation's phrases match. */
    @Test
    void namesExactlyWhatThePhrasesOfEachOrganisationMatch() {
        List<String> words = List.of("otkat", "kontora", "acme", "big", "fish", "ромашка", "ромашкой", "трейд",
                "studio", "стройка", "o'neil", "a.b", "co*", "*", "big|small", "x", "й", "ё", "ёлка", "елке");
        Random random = new Random(8);
        for (int world = 0; world < 200; world++) {
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (int organisation = 0; organisation < 1 + random.nextInt(12); organisation++) {
                List<String> own = new ArrayList<>();
                for (int name = 0; name < 1 + random.nextInt(3); name++) {
                    own.add(phrase(words, random, 1 + random.nextInt(2)));
                }
                names.put("org" + organisation + ".example", own);
            }
            OrganisationNames organisations = new OrganisationNames(names);
            for (int text = 0; text < 20; text++) {
                String written = phrase(words, random, random.nextInt(8)).replace("*", "").replace("|", " ")
                        .toUpperCase(java.util.Locale.ROOT) + (random.nextBoolean() ? "ами, ok" : "");
                List<String> expected = names.entrySet().stream()
                        .filter(e -> Phrases.of(e.getValue()).matches(written)).map(Map.Entry::getKey).toList();
                Map<String, Set<String>> named = organisations.named(written, key -> true);
                assertEquals(expected, keys(named), written + " in " + names);
                // A name-only link is rechecked against the names known at an earlier moment: a list matches when one of its names does.
                named.forEach((key, contained) -> assertEquals(names.get(key).stream().filter(name -> !name.isBlank())
                        .filter(name -> Phrases.of(List.of(name)).matches(written)).collect(Collectors.toSet()), contained,
                        written + " in " + names.get(key)));
            }
        }
    }

    private static List<String> keys(Map<String, Set<String>> named) {
        return List.copyOf(named.keySet());
    }

    private static String phrase(List<String> words, Random random, int length) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            chosen.add(words.get(random.nextInt(words.size())));
        }
        return String.join(random.nextBoolean() ? " " : " - ", chosen);
    }
}
