package tickler.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tickler.demo.Written;
import tickler.demo.Written.Kind;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Stage;

/**
 * What Tickler should find in the demo Takeout, by docs/definitions.md as of its {@code now},
 * derived from what {@link tickler.demo.DemoTakeout} says it wrote.
 *
 * @param leads   by lead key, in story order
 * @param notable events linked to no lead that the monthly report lists as notable
 */
public record DemoTruth(Written written, Map<String, ExpectedLead> leads, List<Notable> notable) {

    /**
     * @param firstTouchAt    its earliest activity
     * @param budget          the latest amount the lead stated or the owner proposed, or null
     * @param teamSize        the latest team size the lead stated, or null
     * @param missingFollowUp a held meeting whose 2-working-day follow-up window closed without a message
     */
    public record ExpectedLead(String key, String name, List<String> contacts, LeadSource source, Stage stage,
                               Instant firstTouchAt, Money budget, Integer teamSize, boolean forgotten,
                               boolean missingFollowUp) {
    }

    public record Notable(LocalDate date, String title) {
    }

    public static DemoTruth of(Written written) {
        Map<String, ExpectedLead> leads = new LinkedHashMap<>();
        written.leads().forEach((key, lead) -> leads.put(key, expected(lead, written.now(), written.zone())));
        List<Notable> notable = written.unlinked().stream()
                .filter(e -> !e.recurring() && (e.day() != null || Duration.between(e.start(), e.end()).toMinutes() >= 60))
                .map(e -> new Notable(e.day() != null ? e.day() : LocalDate.ofInstant(e.start(), written.zone()), e.summary()))
                .sorted(Comparator.comparing(Notable::date))
                .toList();
        return new DemoTruth(written, leads, notable);
    }

    public Instant now() {
        return written.now();
    }

    public String owner() {
        return written.owner();
    }

    public ZoneId zone() {
        return written.zone();
    }

    public Set<String> partnerDomains() {
        return written.partnerDomains();
    }

    public Set<String> noise() {
        return written.noise();
    }

    public int events() {
        return written.events();
    }

    public int messages() {
        return written.messages();
    }

    private static ExpectedLead expected(Written.Lead lead, Instant now, ZoneId zone) {
        List<Written.Step> past = lead.steps().stream().filter(s -> s.at().isBefore(now)).toList();
        Written.Step first = lead.steps().stream().min(Comparator.comparing(Written.Step::at)).orElseThrow();
        Stage stage = stage(past);
        boolean nextStep = lead.steps().stream().anyMatch(s -> (s.kind() == Kind.MEETING || s.kind() == Kind.REMINDER)
                && !s.at().isBefore(now) && s.created().isBefore(now));
        Instant last = past.stream().map(Written.Step::at).max(Comparator.naturalOrder()).orElse(first.at());
        List<Instant> meetings = past.stream().filter(s -> s.kind() == Kind.MEETING).map(Written.Step::at).toList();
        List<Instant> ownerMail = past.stream().filter(s -> s.kind() == Kind.OWNER_MAIL).map(Written.Step::at).toList();
        return new ExpectedLead(lead.key(), lead.company(), lead.contacts(), source(first), stage, first.at(),
                past.stream().filter(s -> s.budget() != null).reduce((a, b) -> b).map(Written.Step::budget).orElse(null),
                past.stream().filter(s -> s.team() != null).reduce((a, b) -> b).map(Written.Step::team).orElse(null),
                Oracle.forgotten(stage.isOpen(), nextStep, last, now),
                Oracle.missingFollowUp(meetings, ownerMail, now, zone));
    }

    private static LeadSource source(Written.Step first) {
        if (first.partner()) {
            return LeadSource.PARTNER;
        }
        return switch (first.kind()) {
            case LEAD_MAIL -> first.referral() ? LeadSource.REFERRAL : LeadSource.INBOUND;
            case THIRD_PARTY_MAIL -> LeadSource.REFERRAL;
            case OWNER_MAIL, MEETING, REMINDER -> LeadSource.OUTBOUND;
        };
    }

    /** The first decision stated, else the furthest stage reached. */
    private static Stage stage(List<Written.Step> past) {
        for (Written.Step s : past) {
            if (s.decision() != null) {
                return s.decision();
            }
        }
        if (past.stream().anyMatch(Written.Step::proposal)) {
            return Stage.PROPOSAL;
        }
        if (past.stream().anyMatch(s -> s.kind() == Kind.MEETING)) {
            return Stage.MEETING;
        }
        boolean heard = past.stream().anyMatch(s -> s.kind() == Kind.LEAD_MAIL);
        boolean wrote = past.stream().anyMatch(s -> s.kind() == Kind.OWNER_MAIL);
        return heard && wrote ? Stage.ENGAGED : Stage.NEW;
    }
}
