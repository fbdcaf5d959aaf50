package tickler.lead;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tickler.identity.Identity;

/** Display names seen for each address, and the organisation names they reveal. */
final class Contacts {

    /** "Vasya (Otkat Kontora)", "Vasya Pupkin | Otkat", "Vasya @ Otkat". */
    private static final Pattern COMPANY_PART = Pattern.compile("^.+?\\s*(?:\\((?<paren>[^)]+)\\)|[|@]\\s*(?<bar>.+))\\s*$");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?iu)(?<![\\p{L}])(llc|inc|ltd|gmbh|corp|co|plc|ооо|оао|зао|пао|ао|ип)\\.?(?![\\p{L}])|[«»\"',.]");

    /** A signature line naming a company by its legal form: "Acme Ltd", "Head of Sales, Acme Inc.", "ООО «Ромашка»". */
    private static final Pattern SIGNATURE_COMPANY = Pattern.compile(
            "(?iu)^(?:.*[,|]\\s*)?(?<en>[\\p{L}\\p{N}][\\p{L}\\p{N}&' .-]*?)\\s+(?:ltd|llc|inc|gmbh|corp|plc)\\.?\\s*$"
                    + "|^(?:(?:ооо|оао|зао|пао|ао|ип)\\s+)?«(?<ru>[^»]+)»\\s*$|^(?:ооо|оао|зао|пао|ао)\\s+\"(?<quoted>[^\"]+)\"\\s*$");
    /** A signature is in the last lines of a message. */
    private static final int SIGNATURE_LINES = 4;

    /** Per address, per display name: how often it was seen and when last, in the order of {@link #saw}. */
    private final Map<String, Map<String, Seen>> namesByAddress = new HashMap<>();
    private final Map<String, Set<String>> signedCompanies = new HashMap<>();
    private int sequence;

    private static final class Seen {
        int times;
        int last;
    }

    /** Call in chronological order, so that on a tie the latest name wins. */
    void saw(String address, String name) {
        if (name != null) {
            Seen seen = namesByAddress.computeIfAbsent(address, a -> new HashMap<>()).computeIfAbsent(name, n -> new Seen());
            seen.times++;
            seen.last = sequence++;
        }
    }

    /** The company name in the signature ({@link #signatureCompany}) of a message the address wrote. */
    void signed(String address, Optional<String> company) {
        company.ifPresent(name -> signedCompanies.computeIfAbsent(address, a -> new LinkedHashSet<>()).add(name));
    }

    static Optional<String> signatureCompany(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : lines.subList(Math.max(0, lines.size() - SIGNATURE_LINES), lines.size())) {
            Matcher matcher = SIGNATURE_COMPANY.matcher(line);
            if (matcher.find()) {
                String company = matcher.group("en") != null ? matcher.group("en")
                        : matcher.group("ru") != null ? matcher.group("ru") : matcher.group("quoted");
                return Optional.of(company.strip());
            }
        }
        return Optional.empty();
    }

    /** The name used most often, the latest on a tie. */
    Optional<String> bestName(String address) {
        return namesByAddress.getOrDefault(address, Map.of()).entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Seen> e) -> e.getValue().times).thenComparingInt(e -> e.getValue().last))
                .map(Map.Entry::getKey);
    }

    /** Company parts of the addresses' display names, most frequent first, without legal forms. */
    List<String> companyNames(Set<String> addresses) {
        Map<String, Integer> counts = new HashMap<>();
        for (String address : addresses) {
            for (Map.Entry<String, Seen> name : namesByAddress.getOrDefault(address, Map.of()).entrySet()) {
                companyPart(name.getKey()).ifPresent(company -> counts.merge(company, name.getValue().times, Integer::sum));
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparing((String n) -> -counts.get(n)).thenComparing(Comparator.naturalOrder()));
        return names;
    }

    /**
     * Names by which an organisation lead can be named without an address: company parts of
     * display names, companies in its people's signatures, and the domain label.
     */
    List<String> organisationNames(String leadKey, Set<String> addresses) {
        Set<String> names = new LinkedHashSet<>(companyNames(addresses));
        addresses.forEach(address -> names.addAll(signedCompanies.getOrDefault(address, Set.of())));
        Identity.organisationLabel(leadKey).ifPresent(names::add);
        return names.stream().filter(n -> n.replaceAll("[^\\p{L}\\p{N}]", "").length() >= 3).toList();
    }

    static Optional<String> companyPart(String displayName) {
        Matcher matcher = COMPANY_PART.matcher(displayName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String company = matcher.group("paren") != null ? matcher.group("paren") : matcher.group("bar");
        String clean = LEGAL_FORM.matcher(company).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    /** "otkat" → "Otkat", "big-fish" → "Big Fish". */
    static String niceLabel(String label) {
        StringBuilder nice = new StringBuilder();
        for (String part : label.split("[-_]+")) {
            if (!part.isEmpty()) {
                nice.append(nice.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return nice.toString();
    }
}
