package tickler.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tickler.lead.Money;
import tickler.lead.Stage;
import tickler.demo.Written.Kind;

/**
 * One lead's story, told step by step in a readable chain
 * ({@code lead(...).thread("...").writes(-200, "...").answers(-199, "...").meeting(-190, "...")}).
 * Each step writes the mail or event and remembers what it states, so tests can derive the
 * expected lead of docs/definitions.md from what was actually written, dates included.
 */
final class LeadScript {

    private static final class Step {
        final Kind kind;
        final Instant at;
        final Instant end;
        final Instant created;
        boolean proposal;
        boolean partner;
        boolean referral;
        Stage signal;
        Money budget;
        Integer team;

        Step(Kind kind, Instant at, Instant end, Instant created) {
            this.kind = kind;
            this.at = at;
            this.end = end;
            this.created = created;
        }
    }

    private static final byte[] FAKE_PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    private final Story story;
    private final String key;
    private final String company;
    private final Story.Lang lang;
    private final List<Person> contacts;
    private final Set<Person> seen = new LinkedHashSet<>();
    private final List<Step> steps = new ArrayList<>();
    private Story.Thread thread;
    private Mail.Body body = Mail.Body.PLAIN;
    private List<Person> ownerCc = List.of();
    private String label;

    LeadScript(Story story, String key, String company, Story.Lang lang, List<Person> contacts) {
        this.story = story;
        this.key = key;
        this.company = company;
        this.lang = lang;
        this.contacts = contacts;
    }

    private Person primary() {
        return contacts.get(0);
    }

    /** The lead's mail client sends HTML only. */
    LeadScript htmlOnly() {
        body = Mail.Body.HTML;
        return this;
    }

    /** A user label the owner files the lead's mail under. */
    LeadScript label(String name) {
        label = name;
        return this;
    }

    /** Colleagues the owner copies on her mails to this lead. */
    LeadScript ownerCopies(Person... colleagues) {
        ownerCc = List.of(colleagues);
        return this;
    }

    /** Starts a new conversation; the next mail opens it. */
    LeadScript thread(String subject) {
        thread = new Story.Thread(subject);
        return this;
    }

    LeadScript writes(int day, String text) {
        return writes(day, primary(), List.of(), text);
    }

    LeadScript writes(int day, Person who, String text) {
        return writes(day, who, List.of(), text);
    }

    /** The lead writes with someone in copy (a partner agency, a colleague of theirs). */
    LeadScript writes(int day, Person who, List<Person> cc, String text) {
        Step s = add(Kind.LEAD_MAIL, next(day, story.day(day)), Duration.ZERO);
        s.partner = cc.stream().anyMatch(p -> story.partnerDomains.contains(p.domain()));
        seen.add(who);
        Mail m = story.mail(thread, s.at, who, lang.zone, List.of(story.owner), cc, text, lang, body);
        if (label != null) {
            List<String> labels = new ArrayList<>(m.labels);
            labels.add(label);
            m.gmail(m.gmailId, m.threadId, labels);
        }
        return this;
    }

    /** A third party (a partner or a known client) writes to the owner and copies the lead. */
    LeadScript introducedBy(int day, Person introducer, String text) {
        Step s = add(Kind.THIRD_PARTY_MAIL, next(day, story.day(day)), Duration.ZERO);
        s.partner = story.partnerDomains.contains(introducer.domain());
        seen.add(primary());
        story.mail(thread, s.at, introducer, lang.zone, List.of(story.owner), List.of(primary()), text, lang, Mail.Body.PLAIN);
        return this;
    }

    /** The owner writes first; the same as an answer, named for reading. */
    LeadScript pitch(int day, String text) {
        return answers(day, text);
    }

    LeadScript answers(int day, String text) {
        ownerMail(day, text, Mail.Body.PLAIN);
        return this;
    }

    /** The owner's proposal with a PDF attachment; the amount in it becomes the budget. */
    LeadScript proposal(int day, String amount, String currency, String filename, String text) {
        Mail m = ownerMail(day, text, Mail.Body.ALTERNATIVE);
        m.attach(new Mail.Attachment(filename, "application/pdf", FAKE_PDF));
        Step s = last();
        s.proposal = true;
        s.budget = new Money(new BigDecimal(amount), currency);
        return this;
    }

    private Mail ownerMail(int day, String text, Mail.Body ownerBody) {
        Step s = add(Kind.OWNER_MAIL, next(day, story.day(day)), Duration.ZERO);
        seen.add(primary());
        return story.mail(thread, s.at, story.owner, Story.ZONE, List.of(primary()), ownerCc, text, lang, ownerBody);
    }

    /** A one-hour meeting with the lead's contacts (and any colleagues) invited. */
    LeadScript meeting(int day, String title, Person... colleagues) {
        Instant start = next(day, story.slot(day));
        Step s = add(Kind.MEETING, start, Duration.ofHours(1));
        List<CalendarEvent.Attendee> attendees = new ArrayList<>();
        attendees.add(new CalendarEvent.Attendee(story.owner, false));
        for (Person c : colleagues) {
            attendees.add(new CalendarEvent.Attendee(c, false));
        }
        for (Person c : contacts) {
            attendees.add(new CalendarEvent.Attendee(c, false));
            seen.add(c);
        }
        String description = lang == Story.Lang.EN
                ? "Join with Google Meet: https://meet.google.com/" + meetCode()
                : "Подключиться через Google Meet: https://meet.google.com/" + meetCode();
        story.event(title, description, "", start, Duration.ofHours(1), story.owner, attendees, s.created);
        return this;
    }

    /** A note to self in the owner's calendar; it names the lead in its title or description. */
    LeadScript reminder(int day, String title, String description) {
        Step s = add(Kind.REMINDER, next(day, story.day(day)), Duration.ofMinutes(30));
        for (Person c : contacts) {
            if (title.contains(c.address()) || description.contains(c.address())) {
                seen.add(c);
            }
        }
        story.event(title, description, "", s.at, Duration.ofMinutes(30), story.owner, List.of(), s.created);
        return this;
    }

    LeadScript reminder(int day, String title) {
        return reminder(day, title, "");
    }

    /** The last step stated the lead's budget. */
    LeadScript budget(String amount, String currency) {
        last().budget = new Money(new BigDecimal(amount), currency);
        return this;
    }

    LeadScript team(int size) {
        last().team = size;
        return this;
    }

    /** The last step says the lead was recommended. */
    LeadScript referral() {
        last().referral = true;
        return this;
    }

    LeadScript won() {
        last().signal = Stage.WON;
        return this;
    }

    LeadScript lost() {
        last().signal = Stage.LOST;
        return this;
    }

    private Step last() {
        return steps.get(steps.size() - 1);
    }

    private Step add(Kind kind, Instant at, Duration length) {
        Instant created;
        if (kind == Kind.MEETING || kind == Kind.REMINDER) {
            created = at.minus(Duration.ofHours(20 + story.random.nextInt(96)));
            if (!created.isBefore(story.now)) {
                created = story.now.minus(Duration.ofHours(2 + story.random.nextInt(40)));
            }
        } else {
            created = at;
        }
        Step s = new Step(kind, at, at.plus(length), created);
        steps.add(s);
        return s;
    }

    /** Keeps the steps in order: a step never starts before the previous one has ended. */
    private Instant next(int day, Instant planned) {
        Instant at = planned;
        if (!steps.isEmpty() && !at.isAfter(last().end)) {
            at = last().end.plus(Duration.ofMinutes(20 + story.random.nextInt(120)));
        }
        if ((day < 0) != at.isBefore(story.now)) {
            throw new IllegalStateException(key + ": step on day " + day + " lands at " + at + ", now is " + story.now);
        }
        return at;
    }

    private String meetCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(i == 3 || i == 8 ? '-' : (char) ('a' + story.random.nextInt(26)));
        }
        return sb.toString();
    }

    Written.Lead written() {
        return new Written.Lead(key, company, seen.stream().map(Person::address).toList(), steps.stream()
                .map(s -> new Written.Step(s.kind, s.at, s.end, s.created, s.proposal, s.partner, s.referral, s.signal,
                        s.budget, s.team))
                .toList());
    }
}
