package tickler.lead;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ahocorasick.trie.Trie;

/**
 * Which organisations a text names, at a cost that does not grow with the number of
 * organisations: one Aho–Corasick pass over the normalised text finds the literal pieces every
 * name needs ({@link Phrases#wordAnchors}, of its most selective word); only the organisations
 * whose pieces occur are then checked against their names' {@link Phrases}, which keep the
 * word-boundary and word-form rules.
 */
final class OrganisationNames {

    private final List<String> keys = new ArrayList<>();
    /** Each organisation's names, each compiled alone: which of them a text contains is part of the answer. */
    private final List<Map<String, Phrases>> names = new ArrayList<>();
    /** Every name compiled, to be reused by the next instance: names rarely change between two. */
    private final Map<String, Compiled> compiled = new HashMap<>();
    private final Map<String, BitSet> byAnchor = new HashMap<>();
    /** Organisations with a name that needs no literal piece: checked against every text. */
    private final BitSet unanchored = new BitSet();
    private final Trie anchors;

    /** A name as a phrase, and the literal pieces of each of its words. */
    private record Compiled(Phrases phrases, List<Set<String>> anchors) {
        static Compiled of(String name) {
            return new Compiled(Phrases.of(List.of(name)), Phrases.wordAnchors(name));
        }
    }

    /** @param namesByKey lead key → the names it can be called by; the order is kept in {@link #named} */
    OrganisationNames(Map<String, List<String>> namesByKey) {
        this(namesByKey, null);
    }

    /** @param before an instance whose compiled names are reused, or null */
    OrganisationNames(Map<String, List<String>> namesByKey, OrganisationNames before) {
        Map<String, Integer> organisationsByPiece = new HashMap<>();
        for (List<String> own : namesByKey.values()) {
            for (String name : own) {
                if (!name.isBlank()) {
                    compiled.computeIfAbsent(name, n -> before != null && before.compiled.containsKey(n)
                            ? before.compiled.get(n) : Compiled.of(n));
                }
            }
            own.stream().filter(name -> !name.isBlank())
                    .flatMap(name -> compiled.get(name).anchors().stream()).flatMap(Set::stream).distinct()
                    .forEach(piece -> organisationsByPiece.merge(piece, 1, Integer::sum));
        }
        for (Map.Entry<String, List<String>> organisation : namesByKey.entrySet()) {
            int index = keys.size();
            keys.add(organisation.getKey());
            Map<String, Phrases> own = new LinkedHashMap<>();
            organisation.getValue().stream().filter(name -> !name.isBlank())
                    .forEach(name -> own.put(name, compiled.get(name).phrases()));
            names.add(own);
            for (String name : organisation.getValue()) {
                if (name.isBlank()) {
                    continue;
                }
                Set<String> pieces = rarest(compiled.get(name).anchors(), organisationsByPiece);
                if (pieces.isEmpty()) {
                    unanchored.set(index);
                }
                pieces.forEach(piece -> byAnchor.computeIfAbsent(piece, p -> new BitSet()).set(index));
            }
        }
        anchors = Trie.builder().addKeywords(byAnchor.keySet()).build();
    }

    /**
     * The pieces of the name's most selective word: the one fewest organisations share ("client"
     * in "Client 123" names every client of a team), the longer on a tie.
     */
    private static Set<String> rarest(List<Set<String>> words, Map<String, Integer> organisationsByPiece) {
        Comparator<Set<String>> selectivity = Comparator
                .comparingInt((Set<String> pieces) -> pieces.stream().mapToInt(organisationsByPiece::get).max().orElseThrow())
                .thenComparing(pieces -> -pieces.stream().mapToInt(String::length).min().orElseThrow());
        return words.stream().filter(pieces -> !pieces.isEmpty()).min(selectivity).orElse(Set.of());
    }

    /**
     * The eligible organisations one of whose names the text contains as words, in construction
     * order, each with the names it contains.
     */
    Map<String, Set<String>> named(String text, Predicate<String> eligible) {
        String normalised = Phrases.normalise(text);
        BitSet candidates = (BitSet) unanchored.clone();
        if (!byAnchor.isEmpty()) {
            anchors.parseText(normalised, emit -> {
                candidates.or(byAnchor.get(emit.getKeyword()));
                return true;
            });
        }
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            String key = keys.get(i);
            if (!eligible.test(key)) {
                continue;
            }
            Set<String> contained = new LinkedHashSet<>();
            names.get(i).forEach((name, phrases) -> {
                if (phrases.matchesNormalised(normalised)) {
                    contained.add(name);
                }
            });
            if (!contained.isEmpty()) {
                named.put(key, contained);
            }
        }
        return named;
    }
}
