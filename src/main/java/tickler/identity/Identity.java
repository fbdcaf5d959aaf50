package tickler.identity;

import com.google.common.net.InternetDomainName;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tickler.activity.Activity;
import tickler.activity.Participant;

/**
 * Who is who in a set of activities (docs/definitions.md): the owner and the owner's company, machines,
 * partners, and the lead key every other address belongs to. Immutable.
 */
public final class Identity {

    private final IdentityRules rules;
    private final Set<String> owners;
    private final Set<String> internalDomains;
    private final Map<String, Optional<String>> leadKeys = new ConcurrentHashMap<>();

    private Identity(IdentityRules rules, Set<String> owners, Set<String> internalDomains) {
        this.rules = rules;
        this.owners = Set.copyOf(owners);
        this.internalDomains = Set.copyOf(internalDomains);
    }

    /** Owner addresses are the configured ones plus the sender of every message labelled Sent. */
    public static Identity infer(Collection<Activity> activities, IdentityRules rules) {
        Set<String> owners = new HashSet<>(rules.owners());
        for (Activity activity : activities) {
            sentBy(activity).ifPresent(owners::add);
        }
        return of(rules, owners);
    }

    /**
     * Who is who once these activities have come too (none having left): this very identity
     * unless one of them was sent from an address not known as the owner's.
     */
    public Identity with(Collection<Activity> came) {
        Set<String> more = new HashSet<>();
        for (Activity activity : came) {
            sentBy(activity).filter(address -> !owners.contains(address)).ifPresent(more::add);
        }
        if (more.isEmpty()) {
            return this;
        }
        more.addAll(owners);
        return of(rules, more);
    }

    /** Whether this identity was inferred under these rules. */
    public boolean follows(IdentityRules rules) {
        return this.rules.equals(rules);
    }

    /** The author of a message labelled Sent: one of the owner's addresses. */
    public static Optional<String> sentBy(Activity activity) {
        return activity.isMessage() && isSent(activity) && activity.author() != null
                ? Optional.of(activity.author().address()) : Optional.empty();
    }

    private static Identity of(IdentityRules rules, Set<String> owners) {
        Set<String> internal = new HashSet<>(rules.internalDomains());
        for (String owner : owners) {
            String domain = domainOf(owner);
            if (!domain.isEmpty() && !rules.freeMailDomains().contains(domain)) {
                internal.add(registrableDomain(domain).orElse(domain));
            }
        }
        return new Identity(rules, owners, internal);
    }

    /** Whether the other tells who is who exactly as this one does: the same rules, owners and company domains. */
    public boolean sameAs(Identity other) {
        return other == this || other != null && rules.equals(other.rules) && owners.equals(other.owners)
                && internalDomains.equals(other.internalDomains);
    }

    public Set<String> ownerAddresses() {
        return owners;
    }

    public Set<String> internalDomains() {
        return internalDomains;
    }

    public boolean isOwner(String address) {
        return address != null && owners.contains(normalise(address));
    }

    /** The owner or a colleague: an address on one of the owner's company domains. */
    public boolean isInternal(String address) {
        return isOwner(address) || onAny(domainOf(address), internalDomains);
    }

    public boolean isAutomated(Participant participant) {
        return isAutomated(participant.address());
    }

    public boolean isAutomated(String address) {
        String normalised = normalise(address);
        String domain = domainOf(normalised);
        return automatedLocalPart(localPartOf(normalised))
                || onAny(domain, rules.calendarSystemDomains())
                || rules.blocklist().contains(normalised)
                || onAny(domain, rules.blocklist());
    }

    /** A message from a machine or a mailing list; events are never automated as a whole. */
    public boolean isAutomated(Activity activity) {
        if (!activity.isMessage()) {
            return false;
        }
        Participant author = activity.author();
        if (author != null && isAutomated(author)) {
            return true;
        }
        Map<String, String> headers = activity.headers();
        String precedence = header(headers, "Precedence").toLowerCase(Locale.ROOT);
        String autoSubmitted = header(headers, "Auto-Submitted").toLowerCase(Locale.ROOT);
        return !header(headers, "List-Id").isEmpty()
                || (!header(headers, "List-Unsubscribe").isEmpty()
                        && (precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")))
                || (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no"));
    }

    public boolean isPartner(String address) {
        return onAny(domainOf(address), rules.partnerDomains());
    }

    /** Whether a message carries one of the configured partner labels. */
    public boolean hasPartnerLabel(Activity activity) {
        return activity.labels().stream()
                .anyMatch(label -> rules.partnerLabels().contains(label.strip().toLowerCase(Locale.ROOT)));
    }

    /** Whether a message carries one of the configured lead labels ({@code tickler.sources.lead-labels}). */
    public boolean hasLeadLabel(Activity activity) {
        return activity.labels().stream()
                .anyMatch(label -> rules.leadLabels().contains(label.strip().toLowerCase(Locale.ROOT)));
    }

    public boolean isFreeMail(String address) {
        return rules.freeMailDomains().contains(domainOf(address));
    }

    /**
     * The lead an address belongs to: its registrable domain, or the address itself on free
     * mail or where the domain has no registrable part (an IP literal, a bare public suffix).
     * Empty for the owner's side, machines, partners and what is not an address.
     */
    public Optional<String> leadKey(String address) {
        if (address == null) {
            return Optional.empty();
        }
        // Asked for every participant of every activity by several rules: the domain parsing is
        // done once per address for the life of these rules.
        return leadKeys.computeIfAbsent(address, this::keyOf);
    }

    private Optional<String> keyOf(String address) {
        String normalised = normalise(address);
        String domain = domainOf(normalised);
        if (domain.isEmpty() || localPartOf(normalised).isEmpty()
                || isInternal(normalised) || isAutomated(normalised) || isPartner(normalised)) {
            return Optional.empty();
        }
        if (rules.freeMailDomains().contains(domain)) {
            return Optional.of(normalised);
        }
        if (!InternetDomainName.isValid(domain)) {
            return Optional.of(normalised);
        }
        InternetDomainName name = InternetDomainName.from(domain);
        if (name.isPublicSuffix()) {
            return Optional.of(normalised);
        }
        return Optional.of(name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : domain);
    }

    /** Whether a lead key names an organisation (a domain) rather than a person (an address). */
    public static boolean isOrganisationKey(String leadKey) {
        return !leadKey.contains("@");
    }

    /**
     * The distinctive label of an organisation's domain: {@code otkat} of {@code otkat.ru},
     * {@code airbnb} of {@code airbnb.co.uk}.
     */
    public static Optional<String> organisationLabel(String leadKey) {
        if (!isOrganisationKey(leadKey) || !InternetDomainName.isValid(leadKey)) {
            return Optional.empty();
        }
        InternetDomainName name = InternetDomainName.from(leadKey);
        if (!name.hasPublicSuffix() || name.isPublicSuffix()) {
            return Optional.of(name.parts().get(0));
        }
        int suffixSize = name.publicSuffix().parts().size();
        return Optional.of(name.parts().get(name.parts().size() - suffixSize - 1));
    }

    public static String domainOf(String address) {
        if (address == null) {
            return "";
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : normalise(address.substring(at + 1));
    }

    private static String localPartOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    private static Optional<String> registrableDomain(String domain) {
        if (!InternetDomainName.isValid(domain)) {
            return Optional.empty();
        }
        InternetDomainName name = InternetDomainName.from(domain);
        return name.isUnderPublicSuffix() ? Optional.of(name.topPrivateDomain().toString()) : Optional.empty();
    }

    /** "bounces+123", "noreply-billing" and "billing.noreply" are machines as well. */
    private boolean automatedLocalPart(String localPart) {
        for (String word : rules.automatedLocalParts()) {
            if (localPart.equals(word) || startsWithWord(localPart, word) || endsWithWord(localPart, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithWord(String localPart, String word) {
        return localPart.length() > word.length() && localPart.startsWith(word)
                && "+-._".indexOf(localPart.charAt(word.length())) >= 0;
    }

    private static boolean endsWithWord(String localPart, String word) {
        int split = localPart.length() - word.length() - 1;
        return split >= 0 && localPart.endsWith(word) && "+-._".indexOf(localPart.charAt(split)) >= 0;
    }

    /** The domain itself or any of its subdomains. */
    private static boolean onAny(String domain, Set<String> domains) {
        if (domain.isEmpty()) {
            return false;
        }
        for (String candidate : domains) {
            if (!candidate.contains("@") && (domain.equals(candidate) || domain.endsWith("." + candidate))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSent(Activity activity) {
        return activity.labels().stream().anyMatch(label -> label.equalsIgnoreCase("Sent"));
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null) {
                return entry.getValue().strip();
            }
        }
        return "";
    }

    private static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
