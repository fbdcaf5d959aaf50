package tickler.lead;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import tickler.activity.Activity;
import tickler.activity.Bounded;
import tickler.activity.Participant;
import tickler.activity.Role;

/**
 * Whether the owner has a sales conversation with an organisation or person, which makes it a
 * lead; everyone else is a contact. The first signal, in the order the activities happened, is
 * the answer to "why is this a lead?":
 * <ol>
 *   <li>a reminder in the owner's own calendar naming it (an event of the owner's alone);</li>
 *   <li>it asks for what the owner sells (a sentence with a request and an offering word, or a
 *       budget it states), it says it was recommended, or a third party introduces it;</li>
 *   <li>the owner offers: a pitch, a proposal or estimate, a question about its budget or team;</li>
 *   <li>a partner brings it, its mail carries a lead label, or an event of it carries {@code #lead} (or a
 *       stage tag such as {@code #won}: the salesperson calls it a deal).</li>
 * </ol>
 * A meeting alone is no signal (job interviews are meetings), and mail about hiring, invoices,
 * press, events or rent is none either, nor is mail in which the owner is the buyer (the other side
 * offers or bills something of its own, or the owner asks for its quote), nor a message offering to pass
 * the owner's contact on to others who need what the owner sells. When their first message
 * to the owner is about such other business, only a reminder, a partner, a label or a tag makes them
 * a lead. The latest of {@code #lead} and {@code #notlead} overrides.
 */
final class SalesConversation {

    /** How much of a sentence read by its words the evidence quotes. */
    private static final int QUOTED = 120;
    /** A talk's or a piece's title in quotes asks for nothing: "Тема — «Автоматизация малого бизнеса»", "a talk titled "Ship your app"". */
    private static final Pattern TITLE = Pattern.compile("(?<![\\p{L}])(?:тема|темой|теме|на тему|под названием|topic|titled|entitled|called)\\s*[:—–-]?\\s*[«\"“][^»\"”\\n]{1,160}[»\"”]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String NONE = "no sales conversation: no inquiry, recommendation or introduction,"
            + " no offer or proposal from the owner, no reminder in the owner's calendar, no partner, lead label or #lead";

    private SalesConversation() {
    }

    /**
     * @param evidence the signal (for a lead), or the {@code #notlead} tag (for a contact), or null
     * @param reason   for a contact, why it is not a lead
     */
    record Decision(boolean lead, Evidence evidence, String reason) {
    }

    static Decision decide(LeadContext lead) {
        Optional<Decision> tagged = tagged(lead);
        if (tagged.isPresent()) {
            return tagged.get();
        }
        Optional<String> otherBusiness = openedOnOtherBusiness(lead);
        for (Activity activity : lead.activities) {
            Optional<String> signal = lead.read(activity, "standing", () -> standing(lead, activity))
                    .or(() -> otherBusiness.isPresent() ? Optional.empty() : conversationIn(lead, activity));
            if (signal.isPresent()) {
                return new Decision(true, lead.evidence(activity, signal.get()), null);
            }
        }
        return new Decision(false, null, otherBusiness
                .map(mark -> "no sales conversation: it opened on other business (\"" + mark + "\": hiring, invoices,"
                        + " press, events, rent or the owner buying), and no reminder, partner, lead label or #lead")
                .orElse(NONE));
    }

    /**
     * The mark of other business in their first message to the owner, when that message is no sales
     * signal itself: a supplier's renewal, a candidate's application, a journalist's question, or words
     * that read as a contact's first message ("come and stay, the spare room is free"). Their
     * later mail, however it is worded, is then about that business too. Where the owner's offer or
     * someone's introduction came first, their message answers it and opens nothing.
     */
    private static Optional<String> openedOnOtherBusiness(LeadContext lead) {
        Optional<Activity> opener = lead.activities.stream().filter(a -> a.isMessage() && lead.fromLead(a)).findFirst();
        if (opener.isEmpty()) {
            return Optional.empty();
        }
        if (conversationIn(lead, opener.get()).isPresent()) {
            return lead.read(opener.get(), "other business by its words", () -> readsAsOtherBusiness(lead, Words.own(opener.get())));
        }
        boolean answersAnOpening = lead.activities.stream().takeWhile(a -> a != opener.get())
                .anyMatch(a -> a.isMessage() && conversationIn(lead, a).isPresent());
        if (answersAnOpening) {
            return Optional.empty();
        }
        return lead.read(opener.get(), "other business", () -> {
            String own = Words.own(opener.get());
            return lead.vocabulary.theirOffer().find(own).or(() -> otherBusiness(lead, own))
                    .or(() -> lead.vocabulary.notSales().find(own)).or(() -> markOfOtherBusiness(lead, own))
                    .or(() -> readsAsOtherBusiness(lead, own));
        });
    }

    private static Optional<String> conversationIn(LeadContext lead, Activity activity) {
        return lead.read(activity, "conversation", () -> conversation(lead, activity));
    }

    /**
     * A sentence about their own business with the owner (hiring, billing, press, rent) that names
     * nothing the owner sells, and is no recommendation by the one its mark names ("наш бухгалтер …
     * дала ваш адрес": their accountant recommended the owner).
     */
    private static Optional<String> otherBusiness(LeadContext lead, String own) {
        for (String sentence : Words.sentences(own)) {
            Optional<String> mark = markOfOtherBusiness(lead, sentence);
            if (mark.isPresent() && lead.vocabulary.offering().find(sentence).isEmpty()
                    && !(lead.vocabulary.referrers().matches(mark.get()) && lead.vocabulary.referral().matches(sentence))) {
                return mark;
            }
        }
        return Optional.empty();
    }

    /**
     * A mark of their own business with the owner, read without the words that make it the lead's
     * project ("сервис аренды самокатов") or business they would rather not do ("before hiring
     * anyone in-house").
     */
    private static Optional<String> markOfOtherBusiness(LeadContext lead, String text) {
        if (!lead.vocabulary.otherBusiness().matches(text)) {
            return Optional.empty();
        }
        return lead.vocabulary.otherBusiness().find(Words.withoutEach(text, lead.vocabulary.notOtherBusiness()::find));
    }

    /**
     * A recommendation, read in all their words (who recommended may be met at dinner), but not in a
     * sentence of other business: "one of your clients mentioned you in an interview" is the press,
     * "you mentioned you might be hiring" a candidate.
     */
    private static Optional<String> recommendation(LeadContext lead, String own) {
        for (String sentence : Words.sentences(own)) {
            Optional<String> mark = lead.vocabulary.referral().find(sentence);
            if (mark.isPresent() && markOfOtherBusiness(lead, sentence).isEmpty()) {
                return mark;
            }
        }
        return Optional.empty();
    }

    /**
     * The latest {@code #lead} or {@code #notlead} the salesperson wrote about it in a calendar event: a message's words are
     * anyone's, and a lead's many messages need not be looked up again at every month's end.
     */
    private static Optional<Decision> tagged(LeadContext lead) {
        Decision latest = null;
        Instant latestAt = null;
        for (Activity activity : lead.activities) {
            if (!activity.isEvent()) {
                continue;
            }
            Optional<LeadTag> tag = lead.read(activity, "lead tag", () -> leadTag(lead, Words.all(activity)));
            if (tag.isEmpty()) {
                continue;
            }
            Instant writtenAt = Words.writtenAt(activity);
            if (latestAt == null || !writtenAt.isBefore(latestAt)) {
                latestAt = writtenAt;
                String words = tag.get().words();
                latest = tag.get().lead() ? new Decision(true, lead.evidence(activity, "tagged " + words), null)
                        : new Decision(false, lead.evidence(activity, words), "tagged " + words);
            }
        }
        return Optional.ofNullable(latest);
    }

    private record LeadTag(boolean lead, String words) {
    }

    /** {@code #notlead} over {@code #lead} in the same words. */
    private static Optional<LeadTag> leadTag(LeadContext lead, String words) {
        return lead.vocabulary.notLeadTags().find(words).map(tag -> new LeadTag(false, tag))
                .or(() -> lead.vocabulary.leadTags().find(words).map(tag -> new LeadTag(true, tag)));
    }

    /** What makes a lead whatever the mail says: a partner, a label, a stage tag, a reminder of the owner's. */
    private static Optional<String> standing(LeadContext lead, Activity activity) {
        Optional<Participant> partner = activity.participants().stream()
                .filter(p -> lead.identity.isPartner(p.address())).findFirst();
        if (partner.isPresent() && activity.isMessage()) {
            return Optional.of("brought by partner " + partner.get().address());
        }
        if (activity.isMessage() && lead.identity.hasPartnerLabel(activity)) {
            return Optional.of("partner label");
        }
        if (activity.isMessage() && lead.identity.hasLeadLabel(activity)) {
            return Optional.of("lead label");
        }
        Optional<String> stageTag = stageTag(lead, Words.all(activity));
        if (stageTag.isPresent()) {
            return stageTag.map(tag -> "tagged " + tag);
        }
        if (activity.isEvent() && reminder(lead, activity)) {
            return Optional.of("reminder in the owner's calendar");
        }
        return Optional.empty();
    }

    /** A sales conversation in a message: an inquiry, a recommendation, an offer, an introduction. */
    private static Optional<String> conversation(LeadContext lead, Activity activity) {
        if (activity.isEvent()) {
            return Optional.empty();
        }
        String own = TITLE.matcher(Words.own(activity)).replaceAll(" ");
        String words = salesSentences(lead, own);
        if (lead.fromLead(activity)) {
            if (lead.vocabulary.theirOffer().matches(own) || lead.vocabulary.passesOn().matches(own)) {
                return Optional.empty();
            }
            boolean otherBusiness = otherBusiness(lead, own).isPresent();
            Optional<String> inquiry = otherBusiness ? Optional.empty() : inquiry(lead, words).or(() -> inquiryInOtherWords(words));
            // Beside other business, a recommendation needs someone who made it and a request for what the
            // owner sells: "наш бухгалтер дала ваш адрес, нужен сайт" is one; a journal's "ваша студия делала
            // такое решение" is not, nor a podcast's "знакомые сказали, что вы пришли в разработку из геологии".
            return inquiry.map(w -> "inquiry: " + w)
                    .or(() -> otherBusiness && !(lead.vocabulary.referrers().matches(own)
                            && inquiry(lead, own).or(() -> inquiryInOtherWords(own)).isPresent())
                            ? Optional.empty() : recommendation(lead, own).map(w -> "recommended: " + w));
        }
        if (lead.ownerToLead(activity)) {
            if (lead.vocabulary.ownerBuying().matches(own)) {
                return Optional.empty();
            }
            return lead.vocabulary.offer().find(words).map(w -> "the owner's offer: " + w)
                    .or(() -> lead.vocabulary.proposal().find(words + "\n" + String.join("\n", activity.attachments()))
                            .map(w -> "the owner's proposal: " + w));
        }
        Participant author = activity.author();
        if (author != null && lead.toLead(activity) && !lead.identity.isOwner(author.address())) {
            return lead.vocabulary.introduction().find(words).or(() -> lead.vocabulary.referral().find(words))
                    .map(w -> "introduced by " + author.address() + ": " + w);
        }
        return Optional.empty();
    }

    /**
     * A sentence whose words, taken together, are far likelier in an inquiry than in what suppliers,
     * candidates, journalists or friends write first ({@link WordOdds}): "We are after a tenant portal
     * with maintenance requests" asks to buy in words no request phrase names.
     */
    private static Optional<String> inquiryInOtherWords(String words) {
        for (String sentence : Words.sentences(words)) {
            if (WordOdds.INQUIRIES.logOdds(sentence) > WordOdds.INQUIRY_THRESHOLD) {
                return Optional.of(Bounded.cut(sentence.strip(), QUOTED));
            }
        }
        return Optional.empty();
    }

    /**
     * A first message that names what the owner sells, but whose words, taken together, are far
     * likelier in what suppliers, candidates, journalists or friends write first than in what leads
     * do ({@link WordOdds}): students asking for a mentor to app-building teams, an accountant asking
     * for the app contractor's contract.
     * The mark is its sentence likeliest a contact's. A recommendation is told in words of a
     * contact's ("Mum said your studio made her agency's site"), and is read as such.
     */
    private static Optional<String> readsAsOtherBusiness(LeadContext lead, String own) {
        String text = TITLE.matcher(own).replaceAll(" ");
        if (WordOdds.OPENINGS.logOdds(text) <= WordOdds.OTHER_BUSINESS_THRESHOLD || recommendation(lead, text).isPresent()) {
            return Optional.empty();
        }
        return WordOdds.OPENINGS.likeliest(text).map(sentence -> Bounded.cut(sentence.strip(), QUOTED));
    }

    /** A stage tag the salesperson wrote ({@code #won}, {@code #lost}, {@code #stage:proposal}) says it is a deal. */
    private static Optional<String> stageTag(LeadContext lead, String words) {
        return lead.vocabulary.wonTags().find(words).or(() -> lead.vocabulary.lostTags().find(words))
                .or(() -> Optional.of(words).filter(w -> w.contains("#stage:")).map(w -> "#stage"));
    }

    /** An event of the owner's alone: no one outside the owner's side is invited to it. */
    private static boolean reminder(LeadContext lead, Activity event) {
        return event.participants().stream()
                .filter(p -> p.role() == Role.ATTENDEE || p.role() == Role.ORGANIZER)
                .allMatch(p -> lead.identity.isInternal(p.address()) || lead.identity.isAutomated(p.address()));
    }

    /**
     * The sentences about buying: those with words of hiring, invoices, press or rent are left out,
     * and those with words of events or leisure unless they name something the owner sells ("a
     * platform for selling tickets").
     */
    private static String salesSentences(LeadContext lead, String words) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : Words.sentences(words)) {
            boolean otherBusiness = markOfOtherBusiness(lead, sentence).isPresent();
            boolean notSales = otherBusiness || lead.vocabulary.notSales().matches(sentence)
                    && lead.vocabulary.offering().find(sentence).isEmpty();
            if (!notSales) {
                kept.append(sentence).append('\n');
            }
        }
        return kept.toString();
    }

    /**
     * A request and an offering word in one sentence or in two that follow each other ("we need a
     * mobile app"; "Read your case study about the warehouse app. Could we set up a call to
     * discuss?"), or an amount of money in a sentence with a request (a budget: "we can spend up to
     * $50k"); a price alone ("the plan costs $49") is a seller's, not a buyer's.
     */
    private static Optional<String> inquiry(LeadContext lead, String words) {
        String[] sentences = Words.sentences(words);
        for (int i = 0; i < sentences.length; i++) {
            String pair = i + 1 < sentences.length ? sentences[i] + "\n" + sentences[i + 1] : sentences[i];
            Optional<String> offering = lead.vocabulary.offering().find(pair);
            Optional<String> request = lead.vocabulary.request().find(pair);
            if (offering.isPresent() && request.isPresent()) {
                return Optional.of(request.get() + " … " + offering.get());
            }
        }
        for (String sentence : sentences) {
            Optional<String> request = lead.vocabulary.request().find(sentence);
            Optional<Amounts.Found> amount = request.flatMap(w -> Amounts.first(lead.vocabulary.numberWords().digits(sentence)));
            if (amount.isPresent()) {
                return Optional.of(request.get() + " … " + amount.get().words());
            }
        }
        return Optional.empty();
    }
}
