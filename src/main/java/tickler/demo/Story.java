package tickler.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The stage on which the demo's scenarios play: the owner, the calendar and the mailbox being
 * filled, the clock of the story and its one source of randomness. Days are counted from
 * {@code now} (negative: past) and land on working hours in the owner's zone.
 */
final class Story {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final String TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    enum Lang {
        EN(ZoneId.of("Europe/London"), DateTimeFormatter.ofPattern("EEE, MMM d, yyyy 'at' h:mm a", Locale.US)),
        RU(ZONE, DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'г. в' HH:mm", Locale.forLanguageTag("ru")));

        final ZoneId zone;
        final DateTimeFormatter attribution;

        Lang(ZoneId zone, DateTimeFormatter attribution) {
            this.zone = zone;
            this.attribution = attribution;
        }

        String wrote(Mail m) {
            String when = attribution.format(m.date().withZoneSameInstant(ZONE));
            String who = (m.from().name() == null ? "" : m.from().name() + " ") + "<" + m.from().address() + ">";
            return this == EN ? "On " + when + " " + who + " wrote:" : when + ", " + who + " написал(а):";
        }
    }

    /** A Gmail conversation: later messages reply to the last one and quote it. */
    static final class Thread {
        final String subject;
        long id;
        final List<String> references = new ArrayList<>();
        Mail last;

        Thread(String subject) {
            this.subject = subject;
        }
    }

    final Instant now;
    final Random random;
    final Person owner = new Person("anna@pocketstudio.io", "Anna Smirnova");
    final List<Mail> mails = new ArrayList<>();
    final List<CalendarEvent> events = new ArrayList<>();
    final Map<String, LeadScript> leads = new LinkedHashMap<>();
    final Set<String> noise = new LinkedHashSet<>();
    final Set<String> partnerDomains = new LinkedHashSet<>();
    private final List<CalendarEvent> unlinked = new ArrayList<>();
    private final Set<Long> gmailIds = new HashSet<>();

    Story(Instant now, long seed) {
        this.now = now;
        this.random = new Random(seed);
    }

    LeadScript lead(String key, String company, Lang lang, Person... contacts) {
        LeadScript lead = new LeadScript(this, key, company, lang, List.of(contacts));
        leads.put(key, lead);
        return lead;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    /** A working day {@code offset} days from today (weekends move away from now), at a random office hour. */
    Instant day(int offset) {
        return workday(offset).atTime(LocalTime.of(10, 0).plusMinutes(random.nextInt(8 * 60))).atZone(ZONE).toInstant();
    }

    /** Like {@link #day} but on the hour or half hour, as meetings are booked. */
    Instant slot(int offset) {
        return workday(offset).atTime(LocalTime.of(11, 0).plusMinutes(30L * random.nextInt(11))).atZone(ZONE).toInstant();
    }

    LocalDate workday(int offset) {
        LocalDate d = today().plusDays(offset);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(offset < 0 ? -1 : 1);
        }
        return d;
    }

    /** The mail of one author in a thread; it is added to the mailbox. */
    Mail mail(Thread t, Instant at, Person from, ZoneId fromZone, List<Person> to, List<Person> cc,
              String text, Lang lang, Mail.Body body) {
        boolean sent = from.equals(owner);
        long id = gmailId(at);
        if (t.id == 0) {
            t.id = id;
        }
        List<String> labels = sent ? List.of("Sent")
                : Duration.between(at, now).toDays() < 3 ? List.of("Inbox", "Unread") : List.of("Inbox", "Important", "Opened");
        Mail m = new Mail()
                .gmail(id, t.id, labels)
                .messageId(messageId(from))
                .date(at.atZone(fromZone))
                .from(from.mail())
                .to(to.stream().map(Person::mail).toList())
                .cc(cc.stream().map(Person::mail).toList())
                .subject(t.last == null ? t.subject : "Re: " + t.subject)
                .text(text + signature(from, lang))
                .body(body);
        boolean ascii = Mime.isAscii(m.text) && Mime.isAscii(t.last == null ? "" : t.last.plainText());
        boolean fromLine = m.text.contains("\nFrom ");
        m.encoding(StandardCharsets.UTF_8, ascii || fromLine || random.nextBoolean() ? Mail.Transfer.QUOTED_PRINTABLE : Mail.Transfer.BASE64);
        if (t.last != null) {
            m.replyTo(t.references).quote(lang.wrote(t.last), t.last.plainText());
        }
        t.references.add(m.messageId());
        t.last = m;
        mails.add(m);
        return m;
    }

    /** A standalone message outside any lead's story (newsletters, notifications, colleagues). */
    Mail note(String subject, Instant at, Person from, Person to, String text, Mail.Body body) {
        Mail m = mail(new Thread(subject), at, from, from.domain().equals(owner.domain()) ? ZONE : ZoneId.of("UTC"),
                List.of(to), List.of(), text, Lang.EN, body);
        if (!from.domain().equals(owner.domain())) {
            m.text(text);
        }
        if (!from.equals(owner)) {
            m.gmail(m.gmailId, m.threadId, from.domain().equals(owner.domain()) ? List.of("Inbox", "Opened")
                    : List.of("Category Updates", "Unread"));
        }
        return m;
    }

    CalendarEvent event(String summary, String description, String location, Instant start, Duration length,
                        Person organizer, List<CalendarEvent.Attendee> attendees, Instant created) {
        CalendarEvent e = new CalendarEvent(uid(), summary, description, location, start, start.plus(length), null,
                organizer, attendees, 0, List.of(), created);
        events.add(e);
        return e;
    }

    /** An event that belongs to no lead: personal, internal or notable. */
    void ownEvent(CalendarEvent e) {
        events.add(e);
        unlinked.add(e);
    }

    String uid() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            sb.append("0123456789abcdefghijklmnopqrstuv".charAt(random.nextInt(32)));
        }
        return sb.append("@google.com").toString();
    }

    /** Gmail ids carry the receive time in milliseconds shifted left by 20 bits: 19 digits today. */
    private long gmailId(Instant at) {
        long id;
        do {
            id = (at.toEpochMilli() << 20) | random.nextInt(1 << 20);
        } while (!gmailIds.add(id));
        return id;
    }

    private String messageId(Person from) {
        String domain = from.domain();
        if (domain.equals("gmail.com") || domain.equals(owner.domain())) {
            return "<CA" + token(38) + "@mail.gmail.com>";
        }
        if (domain.equals("mail.ru")) {
            return "<" + (1_700_000_000_000L + random.nextInt(Integer.MAX_VALUE)) + "@f" + (100 + random.nextInt(400)) + ".i.mail.ru>";
        }
        return "<" + token(16) + "." + token(8) + "@" + domain + ">";
    }

    private String token(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(TOKEN.charAt(random.nextInt(TOKEN.length())));
        }
        return sb.toString();
    }

    private String signature(Person from, Lang lang) {
        if (from.equals(owner)) {
            return lang == Lang.EN
                    ? "\n\nBest regards,\nAnna Smirnova\nSales manager, Pocket Studio\npocketstudio.io"
                    : "\n\nС уважением,\nАнна Смирнова\nменеджер по продажам, Pocket Studio\npocketstudio.io";
        }
        String first = from.name() == null ? "" : from.name().split(" ")[0];
        return (lang == Lang.EN ? "\n\nThanks,\n" : "\n\nСпасибо,\n") + first;
    }

    Written written() {
        Map<String, Written.Lead> written = new LinkedHashMap<>();
        leads.forEach((key, lead) -> written.put(key, lead.written()));
        List<Written.Event> events = unlinked.stream()
                .map(e -> new Written.Event(e.summary(), e.start(), e.end(), e.day(), e.recurring()))
                .toList();
        int occurrences = this.events.stream().mapToInt(CalendarEvent::occurrences).sum();
        return new Written(now, owner.address(), ZONE, partnerDomains, written, noise, events, occurrences, mails.size());
    }
}
