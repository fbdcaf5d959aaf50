package tickler.quality;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import tickler.activity.Activity;
import tickler.activity.Chronology;
import tickler.activity.ActivityKind;
import tickler.activity.Participant;
import tickler.activity.Role;

import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Stage;
import tickler.quality.People.Org;
import tickler.quality.People.Person;
import tickler.testkit.Oracle;

/**
 * A labelled synthetic mailbox and calendar: one salesperson, {@code leads} leads in English and
 * Russian, and noise (colleagues, newsletters, notifications, calendar resources, holidays,
 * personal events, partners' own mail). Each lead follows a randomised story; the generator
 * writes down what each activity means as it writes it, and the ground truth is computed from
 * those notes by the definitions of docs/definitions.md, never from the activities' text.
 */
final class SyntheticWorld {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final LocalDateTime BASE_NOW = LocalDateTime.of(2026, 11, 18, 15, 0);
    private static final int HISTORY_DAYS = 170;

    /** What a lead really is, as of the world's now. */
    record Truth(String key, LeadSource source, Stage stage, Money budget, Integer teamSize,
                 boolean forgotten, boolean missingFollowUp) {
    }

    /**
     * @param noise      addresses and domains that must never become leads
     * @param contacts   keys of the people who are contacts: suppliers, candidates, friends, never leads
     * @param wonByMonth per month of the world, the amounts won in it by currency: each lead whose first
     *                   WON signal is in the month, at its budget as of the month's end
     */
    record World(long seed, Instant now, List<Activity> activities, Set<String> partnerDomains,
                 Set<String> partnerLabels, Map<String, Truth> truth, Set<String> noise, Set<String> contacts,
                 Map<YearMonth, Map<String, BigDecimal>> wonByMonth) {
    }

    /** A currency sign, code or word, in English or Russian, or a lakh or crore: those count rupees (docs/definitions.md). */
    private static final Pattern NAMES_A_CURRENCY = Pattern.compile("[$€£₽¥₸₴₹]|(?iu)(?<!\\p{L})(?:usd|eur|gbp|rub|cad|chf|aud|byn|kzt|uah|inr|pln|sek|nok|jpy|cny|"
            + "dollar|buck|euro|pound|quid|руб|р\\.|доллар|бакс|евро|фунт|тенге|тг(?!\\p{L})|гривн|франк|rupee|рупи|rs\\.?(?=\\s?\\d)|zł|lakh|lac(?!\\p{L})|lacs|crore)");

    private record Mark<T>(Instant at, T value) {
    }

    private enum Outcome { WON, LOST, REOPEN }

    /** A phrase with its placeholders filled, and the figures it states (generated or literal). */
    private record Filled(String text, Money amount, Integer team) {
        Filled and(Filled more) {
            return new Filled(text + " " + more.text, more.amount != null ? more.amount : amount,
                    more.team != null ? more.team : team);
        }
    }

    /** One lead's story, as the generator knows it. */
    private static final class Story {
        final String key;
        final Org org;
        final Person person;
        final String address;
        final List<Participant> contacts = new ArrayList<>();
        final Phrasebook words;
        LeadSource source;
        Instant firstAt;
        final List<Instant> linked = new ArrayList<>();
        final List<Instant> fromLead = new ArrayList<>();
        final List<Instant> ownerTo = new ArrayList<>();
        final List<Instant> meetings = new ArrayList<>();
        final List<Mark<Outcome>> closing = new ArrayList<>();
        final List<Mark<Stage>> stageTags = new ArrayList<>();
        /** Every figure stated in the lead's mail, the owner's mail to it or its calendar notes, when written. */
        final List<Mark<Money>> amounts = new ArrayList<>();
        final List<Mark<Integer>> teams = new ArrayList<>();
        Instant proposalAt;
        boolean nextStep;
        /** A signature naming the organisation was written. */
        boolean signed;
        /** Facts written into the lead's next message, noted when it is sent. */
        Money pendingAmount;
        Integer pendingTeam;
        final String subject;

        final boolean russian;

        Story(String key, Org org, Person person, String address, String displayName, Phrasebook words, boolean russian) {
            this.key = key;
            this.org = org;
            this.person = person;
            this.address = address;
            this.words = words;
            this.russian = russian;
            this.subject = russian ? "Запрос по проекту" : "New project";
            contacts.add(new Participant(Role.FROM, address, displayName));
        }

        boolean russian() {
            return russian;
        }
    }

    private final long seed;
    private final Books books;
    private final Random random;
    private final Instant now;
    private final List<Activity> activities = new ArrayList<>();
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Set<String> noise = new LinkedHashSet<>();
    private final Set<String> contactKeys = new LinkedHashSet<>();
    private final MoneyWriter amounts;
    private final String owner;
    private final String ownerAlias;
    private final List<String> colleagues = new ArrayList<>();
    private final List<String> rooms = new ArrayList<>();
    private final List<String> partners = new ArrayList<>();
    private final Set<String> partnerDomains = new LinkedHashSet<>();
    private final Set<String> partnerLabels = Set.of("Partners", "Партнёры");
    private int sequence;

    private SyntheticWorld(long seed, Books books) {
        this.seed = seed;
        this.books = books;
        this.random = new Random(seed);
        this.now = BASE_NOW.plusDays(random.nextInt(20)).atZone(ZONE).toInstant();
        this.amounts = new MoneyWriter(random, seed);
        String ownerDomain = List.of("brightloop.io", "sellwell.ru", "northwind-studio.com").get(random.nextInt(3));
        this.owner = "anna.k@" + ownerDomain;
        this.ownerAlias = "sales@" + ownerDomain;
        noise.add(ownerDomain);
        noise.add(owner);
        noise.add(ownerAlias);
        for (String colleague : List.of("petr", "lena", "max")) {
            colleagues.add(colleague + "@" + ownerDomain);
        }
        noise.addAll(colleagues);
        for (int i = 0; i < 3; i++) {
            rooms.add("c_18" + (800 + seed % 97) + i + "@resource.calendar.google.com");
        }
        noise.addAll(rooms);
        for (String domain : List.of("bridge-partners.com", "agentura.ru")) {
            partnerDomains.add(domain);
            partners.add("alex@" + domain);
        }
        noise.addAll(partnerDomains);
    }

    static World generate(long seed, int leads) {
        return generate(seed, leads, Books.TUNING);
    }

    static World generate(long seed, int leads, Books books) {
        SyntheticWorld world = new SyntheticWorld(seed, books);
        world.leads(leads);
        world.contacts(Math.max(Phrasebook.CONTACT_ROLES.size(), leads / 5));
        world.noise();
        world.activities.sort(Chronology.ORDER);
        Map<String, Truth> truth = new LinkedHashMap<>();
        world.stories.values().forEach(story -> truth.put(story.key, world.truth(story)));
        return new World(seed, world.now, List.copyOf(world.activities), Set.copyOf(world.partnerDomains),
                world.partnerLabels, truth, Set.copyOf(world.noise), Set.copyOf(world.contactKeys), world.wonByMonth());
    }

    // ---- leads ----

    private void leads(int count) {
        List<Org> orgs = new ArrayList<>(People.organisations(random));
        List<LocalDate> starts = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        for (int i = 0; i < count; i++) {
            starts.add(today.minusDays(2 + random.nextInt(HISTORY_DAYS)));
        }
        starts.sort(Comparator.naturalOrder());
        for (LocalDate start : starts) {
            Story story = newStory(orgs);
            stories.put(story.key, story);
            script(story, start);
        }
    }

    private Story newStory(List<Org> orgs) {
        boolean russian = random.nextBoolean();
        Phrasebook words = russian ? books.russian() : books.english();
        Person person = russian ? People.russian(random) : People.english(random);
        Org org = random.nextInt(100) < 82 ? takeOrg(orgs, russian) : null;
        if (org == null) {
            String domain = russian ? List.of("mail.ru", "yandex.ru", "gmail.com").get(random.nextInt(3)) : "gmail.com";
            String address = person.local().replace(".", "") + (10 + random.nextInt(89)) + "@" + domain;
            return new Story(address, null, person, address, random.nextBoolean() ? person.name() : null, words, russian);
        }
        String address = person.local() + "@" + org.domain();
        String display = switch (random.nextInt(4)) {
            case 0 -> person.name() + " (" + (russian ? "ООО «" + org.name() + "»" : org.name()) + ")";
            case 1 -> person.name() + " | " + org.name();
            case 2 -> null;
            default -> person.name();
        };
        Story story = new Story(registrable(org.domain()), org, person, address, display, words, russian);
        if (random.nextInt(4) == 0) {
            Person second = russian ? People.russian(random) : People.english(random);
            story.contacts.add(new Participant(Role.CC, second.local() + "@mail." + org.domain(), second.name()));
        }
        return story;
    }

    private static Org takeOrg(List<Org> orgs, boolean russian) {
        for (int i = 0; i < orgs.size(); i++) {
            if (orgs.get(i).russian() == russian) {
                return orgs.remove(i);
            }
        }
        return null;
    }

    /** The generator's domains have one-label suffixes or spb.ru / co.uk, so this is the registrable domain. */
    private static String registrable(String domain) {
        String[] parts = domain.split("\\.");
        boolean twoLabelSuffix = domain.endsWith(".co.uk") || domain.endsWith(".spb.ru");
        int keep = twoLabelSuffix ? 3 : 2;
        return String.join(".", List.of(parts).subList(parts.length - keep, parts.length));
    }

    /** One lead's story from its first touch towards a goal stage; it stops where now cuts it. */
    private void script(Story s, LocalDate start) {
        Stage goal = pick(new Stage[] {Stage.NEW, Stage.ENGAGED, Stage.MEETING, Stage.PROPOSAL, Stage.WON, Stage.LOST},
                new int[] {14, 18, 18, 20, 14, 16});
        Instant t = workTime(start);
        t = firstTouch(s, t, goal);
        if (t == null) {
            return;
        }
        if (goal == Stage.NEW) {
            oneWayNudge(s, t);
            tail(s, lastOf(s));
            return;
        }
        t = converse(s, later(t, 0, 3));
        Stage reached = goal == Stage.LOST ? pick(new Stage[] {Stage.ENGAGED, Stage.MEETING, Stage.PROPOSAL},
                new int[] {1, 1, 1}) : goal;
        if (t != null && reached.ordinal() >= Stage.MEETING.ordinal()) {
            t = meeting(s, later(t, 2, 8));
        }
        if (t != null && reached.ordinal() >= Stage.PROPOSAL.ordinal()) {
            t = proposal(s, later(t, 1, 7));
        }
        if (t != null && (goal == Stage.WON || goal == Stage.LOST)) {
            t = close(s, later(t, 3, 20), goal == Stage.WON);
        }
        if (t != null && random.nextInt(12) == 0) {
            t = stageTag(s, later(t, 1, 5));
        }
        tail(s, t == null ? lastOf(s) : t);
    }

    private Instant firstTouch(Story s, Instant t, Stage goal) {
        int roll = random.nextInt(100);
        if (roll < 28) {
            s.source = LeadSource.INBOUND;
            leadSays(s, t, inquiry(s, false), Set.of());
        } else if (roll < 42) {
            s.source = LeadSource.REFERRAL;
            leadSays(s, t, inquiry(s, true), Set.of());
        } else if (roll < 54) {
            return introduction(s, t);
        } else if (roll < 66) {
            s.source = LeadSource.PARTNER;
            if (random.nextInt(3) == 0) {
                leadSays(s, t, inquiry(s, false), Set.of(random.nextBoolean() ? "Partners" : "Партнёры"));
            } else {
                String partner = partners.get(random.nextInt(partners.size()));
                message(t, partner, List.of(to(owner), cc(s)), s.subject, intro(s, s.words.partnerIntro), Set.of(), List.of());
            }
        } else if (roll < 84) {
            s.source = LeadSource.OUTBOUND;
            ownerWrites(s, t, fill(s, s.words.coldOutreach.pick(random, seed)), List.of());
        } else {
            s.source = LeadSource.OUTBOUND;
            Instant day = t.atZone(ZONE).toLocalDate().atStartOfDay(ZONE).toInstant();
            String title = fill(s, s.words.outreachReminder.pick(random, seed));
            event(s, day, true, title, "", List.of(new Participant(Role.ORGANIZER, owner, null),
                    new Participant(Role.MENTIONED, s.address, null)), day.minus(Duration.ofDays(1 + random.nextInt(5))));
            ownerWrites(s, later(t, 0, 2), fill(s, s.words.coldOutreach.pick(random, seed)), List.of());
        }
        return t;
    }

    /** A third party the owner knows writes first and copies the lead: a colleague, or a contact of an earlier lead. */
    private Instant introduction(Story s, Instant t) {
        s.source = LeadSource.REFERRAL;
        List<Story> known = stories.values().stream()
                .filter(o -> o != s && o.firstAt != null && o.firstAt.isBefore(t.minus(Duration.ofDays(2)))).toList();
        if (known.isEmpty() || random.nextInt(5) < 2) {
            String colleague = colleagues.get(random.nextInt(colleagues.size()));
            message(t, colleague, List.of(to(owner), cc(s)), s.subject, intro(s, s.words.colleagueIntro), Set.of(), List.of());
        } else {
            Story introducer = known.get(random.nextInt(known.size()));
            message(t, introducer.address, List.of(to(owner), cc(s)), s.subject, intro(s, s.words.contactIntro),
                    Set.of(), List.of());
        }
        return t;
    }

    /** NEW: only one side has spoken; the same side may write once more. */
    private void oneWayNudge(Story s, Instant t) {
        Instant next = later(t, 3, 12);
        if (random.nextBoolean() || !before(next)) {
            return;
        }
        if (s.source == LeadSource.OUTBOUND) {
            ownerWrites(s, next, s.words.chitChat.pick(random, seed), List.of());
            if (random.nextInt(4) == 0) {
                outOfOffice(s, next.plus(Duration.ofMinutes(3)));
            }
        } else if (!s.fromLead.isEmpty()) {
            leadWrites(s, next, s.words.chitChat.pick(random, seed), Set.of());
        }
    }

    /** Both sides write; the lead may state budget and team and ask for a proposal (which is not one). */
    private Instant converse(Story s, Instant t) {
        if (!before(t)) {
            return null;
        }
        if (s.fromLead.isEmpty()) {
            leadSays(s, t, inquiry(s, false), Set.of());
            t = later(t, 0, 3);
        }
        if (!before(t)) {
            return null;
        }
        String reply = s.words.ownerReply.pick(random, seed);
        if (random.nextInt(4) == 0) {
            reply += " " + screening(s);
        }
        ownerWrites(s, t, reply, List.of());
        if (random.nextInt(3) == 0) {
            Instant more = later(t, 1, 4);
            if (!before(more)) {
                return null;
            }
            Filled facts = facts(s, 50, 40);
            if (random.nextInt(3) == 0) {
                facts = facts.and(new Filled(s.words.askForProposal.pick(random, seed), null, null));
            }
            leadSays(s, more, facts.text().isBlank() ? new Filled(s.words.chitChat.pick(random, seed), null, null) : facts, Set.of());
            t = more;
        }
        return t;
    }

    /** A meeting; then the owner follows up on time, late, or never. A meeting still to come is a next step. */
    private Instant meeting(Story s, Instant t) {
        LocalDate day = t.atZone(ZONE).toLocalDate();
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        Instant start = day.atTime(10 + random.nextInt(7), random.nextBoolean() ? 0 : 30).atZone(ZONE).toInstant();
        Instant created = start.minus(Duration.ofDays(1 + random.nextInt(6)));
        if (!created.isBefore(now)) {
            return null;
        }
        List<Participant> people = new ArrayList<>();
        boolean leadOrganises = random.nextInt(5) == 0;
        people.add(new Participant(Role.ORGANIZER, leadOrganises ? s.address : owner, null));
        people.add(new Participant(Role.ATTENDEE, leadOrganises ? owner : s.address, null));
        if (random.nextBoolean()) {
            people.add(new Participant(Role.ATTENDEE, rooms.get(random.nextInt(rooms.size())), "Room"));
        }
        if (random.nextInt(3) == 0) {
            people.add(new Participant(Role.ATTENDEE, colleagues.get(random.nextInt(colleagues.size())), null));
        }
        Filled title = fill(s, s.words.meetingTitle);
        event(s, start, false, title.text(), "", people, created);
        noted(s, created, title);
        if (!start.isBefore(now)) {
            return null;
        }
        s.meetings.add(start);
        if (random.nextInt(6) == 0) {
            calendarNote(s, start.plus(Duration.ofHours(2)), created);
        }
        int roll = random.nextInt(100);
        if (roll < 18) {
            return later(start, 7, 12);
        }
        int workingDays = roll < 32 ? 3 + random.nextInt(3) : random.nextInt(3);
        Instant followUp = followUpTime(day, workingDays);
        if (!before(followUp)) {
            return null;
        }
        Filled text = fill(s, s.words.followUp);
        if (random.nextInt(5) == 0) {
            text = text.and(fill(s, s.words.ownerTeam));
        }
        ownerSays(s, followUp, text, random.nextInt(5) == 0 ? List.of("image001.png") : List.of());
        return followUp;
    }

    /** Sometimes on a Saturday or Sunday: the owner may write at the weekend, and that counts. */
    private Instant followUpTime(LocalDate meetingDay, int workingDays) {
        LocalDate day = meetingDay;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                counted++;
            }
        }
        if (workingDays > 0 && day.getDayOfWeek() == DayOfWeek.MONDAY && random.nextInt(3) == 0) {
            day = day.minusDays(1 + random.nextInt(2));
        }
        return day.atTime(workingDays == 0 ? 18 : 9 + random.nextInt(10), random.nextInt(60)).atZone(ZONE).toInstant();
    }

    /** The owner's proposal: words, an attachment, or both; maybe with the screening template around it. */
    private Instant proposal(Story s, Instant t) {
        if (!before(t)) {
            return null;
        }
        if (random.nextInt(4) == 0) {
            leadWrites(s, t, s.words.askForProposal.pick(random, seed), Set.of());
            t = later(t, 1, 4);
            if (!before(t)) {
                return null;
            }
        }
        boolean withWords = random.nextInt(10) < 6;
        boolean withFile = !withWords || random.nextBoolean();
        Filled text = withWords ? fill(s, s.words.proposal)
                : new Filled(s.russian() ? "Во вложении, жду вопросов." : "See attached, happy to walk you through it.", null, null);
        if (text.amount() != null && random.nextInt(4) == 0) {
            text = new Filled(screening(s) + " " + text.text(), text.amount(), text.team());
        }
        if (random.nextInt(4) == 0) {
            text = text.and(fill(s, s.words.ownerTeam));
        }
        List<String> files = withFile ? List.of(fill(s, s.words.proposalAttachment.pick(random, seed))) : List.of();
        ownerSays(s, t, text, files);
        s.proposalAt = s.proposalAt == null ? t : s.proposalAt;
        return negotiate(s, t);
    }

    /**
     * WON or LOST: a sentence from the lead (or, for WON, either side where the book's phrasings suit
     * both), or a tag in the salesperson's calendar.
     */
    private Instant close(Story s, Instant t, boolean won) {
        if (!before(t)) {
            return null;
        }
        if (random.nextInt(10) < 3) {
            String tag = won ? "#won" : "#lost";
            String title = random.nextBoolean() && s.org != null && nameIsKnown(s) ? s.org.name() + " " + tag
                    : tag + " " + s.person.name() + " " + s.address;
            List<Participant> people = s.org != null && title.startsWith(s.org.name())
                    ? List.of(new Participant(Role.ORGANIZER, owner, null))
                    : List.of(new Participant(Role.ORGANIZER, owner, null), new Participant(Role.MENTIONED, s.address, null));
            event(s, t, false, title, "", people, t.minus(Duration.ofHours(1)));
            s.stageTags.add(new Mark<>(t, won ? Stage.WON : Stage.LOST));
            return t;
        }
        Filled text = fill(s, won ? s.words.won : s.words.lost);
        boolean ownerWrites = won && random.nextInt(4) == 0;
        if (ownerWrites && s.words.ownerMayWriteWon) {
            // Drawn after the lead's words, so that the worlds of a blind bank, whose owner never writes one, stay as they were.
            ownerSays(s, t, fill(s, s.words.ownerWon), List.of());
        } else {
            leadSays(s, t, text, Set.of());
        }
        s.closing.add(new Mark<>(t, won ? Outcome.WON : Outcome.LOST));
        if (!won && random.nextInt(4) == 0) {
            Instant back = later(t, 5, 25);
            if (before(back)) {
                leadSays(s, back, fill(s, s.words.reopen), Set.of());
                s.closing.add(new Mark<>(back, Outcome.REOPEN));
                return back;
            }
        }
        return t;
    }

    /** The salesperson overrides the stage with a tag in a calendar event linked to the lead. */
    private Instant stageTag(Story s, Instant t) {
        if (!before(t)) {
            return null;
        }
        Stage stage = pick(new Stage[] {Stage.ENGAGED, Stage.MEETING, Stage.PROPOSAL, Stage.WON}, new int[] {1, 1, 2, 1});
        String tag = "#stage:" + stage.name().toLowerCase();
        event(s, t, false, tag + " " + s.address, "", List.of(new Participant(Role.ORGANIZER, owner, null),
                new Participant(Role.MENTIONED, s.address, null)), t.minus(Duration.ofHours(3)));
        s.stageTags.add(new Mark<>(t, stage));
        return t;
    }

    /** After the story: a next step in the calendar, a name-only reminder in the past, or silence. */
    private void tail(Story s, Instant last) {
        if (random.nextInt(5) == 0) {
            Instant past = later(last, 2, 30);
            if (before(past)) {
                reminder(s, past, past.minus(Duration.ofDays(2)));
            }
        }
        if (random.nextInt(100) < 35) {
            Instant future = now.plus(Duration.ofHours(20 + random.nextInt(24 * 30)));
            Instant created = Instant.ofEpochSecond(Math.max(last.getEpochSecond(), now.minus(Duration.ofDays(20)).getEpochSecond()))
                    .plus(Duration.ofMinutes(random.nextInt(60)));
            if (created.isBefore(now)) {
                reminder(s, future, created);
            }
        }
    }

    /** A note to self naming the organisation (no address) or writing the lead's address. */
    private void reminder(Story s, Instant at, Instant created) {
        boolean byName = s.org != null && nameIsKnown(s) && random.nextInt(3) > 0;
        String title = byName ? fill(s, s.words.nameOnlyReminder.pick(random, seed))
                : (s.russian() ? "Написать " : "Email ") + s.person.name() + " " + s.address;
        List<Participant> people = byName ? List.of(new Participant(Role.ORGANIZER, owner, null))
                : List.of(new Participant(Role.ORGANIZER, owner, null), new Participant(Role.MENTIONED, s.address, null));
        event(s, at, false, title, "", people, created);
    }

    /** The salesperson's own note on budget and team: it overrides what mail says. */
    private void calendarNote(Story s, Instant at, Instant created) {
        Phrase phrase = Phrase.of(s.words.calendarNote.pick(random, seed));
        String named = phrase.text().replace("{org}", s.org != null && nameIsKnown(s) ? s.org.name() : s.address);
        boolean byAddress = !named.equals(phrase.text()) && named.contains(s.address);
        if (named.equals(phrase.text())) {
            named = s.address + " " + named;
            byAddress = true;
        }
        Filled title = figures(s, named, phrase);
        List<Participant> people = byAddress
                ? List.of(new Participant(Role.ORGANIZER, owner, null), new Participant(Role.MENTIONED, s.address, null))
                : List.of(new Participant(Role.ORGANIZER, owner, null));
        Instant written = at.minus(Duration.ofMinutes(5));
        event(s, at, false, fill(s, title.text()), "", people, written);
        noted(s, written, title);
    }

    /**
     * Whether the organisation's name as the salesperson writes it can be told from its display
     * names, signatures or (in Latin letters) its domain.
     */
    private static boolean nameIsKnown(Story s) {
        boolean domainSpellsIt = !s.russian() && s.org.domain().startsWith(s.org.latin() + ".");
        String display = s.contacts.get(0).name();
        return domainSpellsIt || s.signed || display != null && display.contains(s.org.name());
    }

    private void outOfOffice(Story s, Instant t) {
        Activity activity = new Activity("msg:ooo-" + seed + "-" + sequence++, ActivityKind.MESSAGE, t, null, false,
                s.russian() ? "Автоответ: нет на месте" : "Out of office", "I am away until Monday.",
                List.of(new Participant(Role.FROM, s.address, null), to(owner)), Set.of(), null, List.of(),
                Map.of("Auto-Submitted", "auto-replied"), null, false, null, null, "synthetic");
        activities.add(activity);
    }

    // ---- texts ----

    private Filled inquiry(Story s, boolean referred) {
        Filled text = new Filled(s.words.greeting.pick(random, seed), null, null);
        if (referred) {
            Person referrer = s.russian() ? People.russian(random) : People.english(random);
            Phrase phrase = Phrase.of(s.words.referral.pick(random, seed));
            text = text.and(figures(s, fill(s, phrase.text().replace("{name}", referrer.name())), phrase));
        }
        text = text.and(fill(s, s.words.inquiry));
        Filled facts = facts(s, 35, 30);
        return facts.text().isEmpty() ? text : text.and(facts);
    }

    /** Maybe a budget and maybe a team size, as the lead states them. */
    private Filled facts(Story s, int budgetPercent, int teamPercent) {
        Filled text = new Filled("", null, null);
        if (random.nextInt(100) < budgetPercent) {
            text = fill(s, s.words.leadBudget);
        }
        if (random.nextInt(100) < teamPercent) {
            Filled team = fill(s, s.words.leadTeam);
            text = text.text().isEmpty() ? team : text.and(team);
        }
        return text;
    }

    /** After a proposal: maybe a counter-offer, a revised estimate, a reassurance or a postponement; the lead stays open. */
    private Instant negotiate(Story s, Instant t) {
        if (random.nextInt(4) == 0) {
            Instant counter = later(t, 1, 6);
            if (!before(counter)) {
                return t;
            }
            leadSays(s, counter, fill(s, s.words.counterOffer), Set.of());
            t = counter;
        }
        if (random.nextInt(5) == 0) {
            Instant revised = later(t, 1, 5);
            if (!before(revised)) {
                return t;
            }
            ownerSays(s, revised, fill(s, s.words.ownerRevised), List.of());
            t = revised;
        }
        if (random.nextInt(6) == 0) {
            Instant doubt = later(t, 2, 8);
            if (!before(doubt)) {
                return t;
            }
            leadSays(s, doubt, fill(s, random.nextBoolean() ? s.words.notLost : s.words.postpone), Set.of());
            t = doubt;
        }
        return t;
    }

    /** The owner's screening template with its amount: never anyone's budget. */
    private String screening(Story s) {
        return fill(s, Phrase.of(s.words.screening.pick(random, seed)).text().replace("{amount}", amounts.screening(s.russian())));
    }

    /**
     * Whether the text writes the annotated currency itself, by its code, its sign or a word of its
     * names in English or Russian (ICU's): "150 тысяч шекелей", "2.9 million forints", "48 тыс. лари".
     */
    private static boolean writesCurrency(String text, String code) {
        return CURRENCY_WRITTEN.computeIfAbsent(code, SyntheticWorld::currencyWritten).matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static final Map<String, Pattern> CURRENCY_WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();
    /** A day when each country's currency was the one the banks' writers know (before Bulgaria's euro). */
    private static final java.util.Date BEFORE_THE_LATEST_CHANGEOVER = java.util.Date.from(java.time.Instant.parse("2025-06-01T00:00:00Z"));
    /** Words of currency names that name no currency on their own: "New Taiwan dollar", "Trinidad & Tobago dollar". */
    private static final Set<String> NOT_A_CURRENCY_WORD = Set.of("new", "and", "of", "the", "st.", "&", "-");
    /** Signs of letters in use at home that CLDR does not give: "900 bin TL" is in Turkish lira. */
    private static final Map<String, String> HOME_SIGNS_BESIDES_CLDR = Map.of("TRY", "tl");

    /** The code, the signs and the words of the names of one currency, in English and Russian, and its signs at home. */
    private static Pattern currencyWritten(String code) {
        Currency currency = Currency.getInstance(code);
        List<String> names = new ArrayList<>(List.of(code));
        for (ULocale language : List.of(ULocale.ENGLISH, new ULocale("ru"))) {
            names.add(currency.getName(language, Currency.SYMBOL_NAME, null));
            names.add(currency.getName(language, Currency.LONG_NAME, null));
            for (String form : List.of("one", "few", "many", "other")) {
                names.add(currency.getName(language, Currency.PLURAL_LONG_NAME, form, null));
            }
        }
        List<String> alternatives = new ArrayList<>();
        for (String name : names) {
            for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
                boolean sign = !word.chars().allMatch(Character::isLetter);
                if (NOT_A_CURRENCY_WORD.contains(word) || !sign && word.length() < 3) {
                    continue;
                }
                alternatives.add(Pattern.quote(word) + (sign ? "" : "(?!\\p{L})"));
            }
        }
        // the signs of letters it has (or had, until lately: Bulgaria took the euro in 2026) at home,
        // beside a figure: "R300k", "RM 120k", "25 000 zł", "18 500 лв."
        for (ULocale home : ULocale.getAvailableLocales()) {
            String[] local = home.getCountry().isEmpty() ? null : Currency.getAvailableCurrencyCodes(home, BEFORE_THE_LATEST_CHANGEOVER);
            if (local != null && local.length > 0 && local[0].equals(code)) {
                String sign = Pattern.quote(currency.getName(home, Currency.SYMBOL_NAME, null).toLowerCase(Locale.ROOT));
                alternatives.add(sign + "(?=\\s?\\d)|(?<=\\d\\s?)" + sign + "(?!\\p{L})");
            }
        }
        if (HOME_SIGNS_BESIDES_CLDR.containsKey(code)) {
            alternatives.add(HOME_SIGNS_BESIDES_CLDR.get(code) + "(?!\\p{L})");
        }
        return Pattern.compile("(?<!\\p{L})(?:" + String.join("|", alternatives) + ")");
    }

    /** A phrase of the bank with its placeholders filled, and the figures it states. */
    private Filled fill(Story s, Bank bank) {
        Phrase phrase = Phrase.of(bank.pick(random, seed));
        return figures(s, fill(s, phrase.text()), phrase);
    }

    /**
     * {amount} and {n} made up for the story, or the literal figures the phrase was annotated with. A
     * literal sum the phrase writes without a currency ("could we do it for 60k?") is, by
     * docs/definitions.md, in the currency of the figure before it in the negotiation (in rubles in
     * Russian text with none before): the writer's annotation, made for the line alone, cannot know it.
     */
    private Filled figures(Story s, String text, Phrase phrase) {
        Money amount = phrase.amount() == null || NAMES_A_CURRENCY.matcher(text).find() || writesCurrency(text, phrase.amount().currency())
                ? phrase.amount()
                : new Money(phrase.amount().amount(), negotiationCurrency(s).orElse(s.russian() ? "RUB" : phrase.amount().currency()));
        Integer team = phrase.team();
        if (text.contains("{amount}")) {
            amount = amounts.budget(s.russian());
            text = text.replace("{amount}", amounts.write(amount, s.russian()));
        }
        if (text.contains("{n}")) {
            team = teamSize();
            text = text.replace("{n}", Integer.toString(team));
        }
        return new Filled(text, amount, team);
    }

    /** The currency of the latest figure the negotiation has stated so far, the lead's unsent one included. */
    private static Optional<String> negotiationCurrency(Story s) {
        if (s.pendingAmount != null) {
            return Optional.of(s.pendingAmount.currency());
        }
        return s.amounts.stream().max(Comparator.comparing(Mark::at)).map(mark -> mark.value().currency());
    }

    /** Figures written in a calendar event about the lead count from when it was written. */
    private void noted(Story s, Instant written, Filled text) {
        if (!written.isBefore(now)) {
            return;
        }
        if (text.amount() != null) {
            s.amounts.add(new Mark<>(written, text.amount()));
        }
        if (text.team() != null) {
            s.teams.add(new Mark<>(written, text.team()));
        }
    }

    private int teamSize() {
        return random.nextInt(4) == 0 ? 10 + random.nextInt(60) : 2 + random.nextInt(9);
    }

    private String intro(Story s, Bank bank) {
        return fill(s, Phrase.of(bank.pick(random, seed)).text());
    }

    private String fill(Story s, String template) {
        String org = s.org != null ? s.org.name() : s.person.name();
        return template.replace("{name}", s.person.name()).replace("{address}", s.address).replace("{owner}", "Anna")
                .replace("{org.acc}", s.org != null ? s.org.acc() : org).replace("{org.dat}", s.org != null ? s.org.dat() : org)
                .replace("{org.ins}", s.org != null ? s.org.ins() : org).replace("{org.gen}", s.org != null ? s.org.gen() : org)
                .replace("{org}", org);
    }

    // ---- writing activities ----

    private void leadWrites(Story s, Instant t, String text, Set<String> labels) {
        Participant author = s.contacts.size() > 1 && random.nextInt(4) == 0 ? s.contacts.get(1) : s.contacts.get(0);
        List<Participant> recipients = new ArrayList<>(List.of(to(owner)));
        if (random.nextInt(6) == 0) {
            recipients.add(new Participant(Role.CC, colleagues.get(random.nextInt(colleagues.size())), null));
        }
        String body = text;
        if (s.org != null && random.nextInt(5) < 2) {
            Person signer = s.contacts.get(0) == author ? s.person : new Person(author.name(), "");
            body += "\n\n" + s.words.signature.pick(random, seed).replace("{name}", signer.name()).replace("{org}", s.org.name());
            s.signed = true;
        }
        String title = s.fromLead.isEmpty() && s.ownerTo.isEmpty() ? s.subject : "Re: " + s.subject;
        message(t, author.address(), author.name(), recipients, title, body, labels, List.of());
    }

    /** The lead writes; the figures it states count from when the message is sent. */
    private void leadSays(Story s, Instant t, Filled text, Set<String> labels) {
        s.pendingAmount = text.amount();
        s.pendingTeam = text.team();
        leadWrites(s, t, text.text(), labels);
    }

    /** The owner writes to the lead; a figure proposed there counts as the lead's. */
    private void ownerSays(Story s, Instant t, Filled text, List<String> files) {
        ownerWrites(s, t, text.text(), files);
        if (text.amount() != null) {
            s.amounts.add(new Mark<>(t, text.amount()));
        }
        if (text.team() != null) {
            s.teams.add(new Mark<>(t, text.team()));
        }
    }

    private void ownerWrites(Story s, Instant t, String text, List<String> files) {
        List<Participant> recipients = new ArrayList<>();
        recipients.add(new Participant(Role.TO, s.address, s.contacts.get(0).name()));
        if (s.contacts.size() > 1) {
            recipients.add(s.contacts.get(1));
        }
        String title = s.fromLead.isEmpty() && s.ownerTo.isEmpty() ? s.subject : "Re: " + s.subject;
        String from = random.nextInt(10) == 0 ? ownerAlias : owner;
        message(t, from, "Anna K", recipients, title, text, Set.of("Sent"), files);
    }

    private void message(Instant t, String from, List<Participant> recipients, String title, String text,
                         Set<String> labels, List<String> files) {
        message(t, from, null, recipients, title, text, labels, files);
    }

    /** Writes a message and notes what it means for every lead whose address is on it. */
    private void message(Instant t, String from, String fromName, List<Participant> recipients, String title, String text,
                         Set<String> labels, List<String> files) {
        List<Participant> people = new ArrayList<>();
        people.add(new Participant(Role.FROM, from, fromName));
        people.addAll(recipients);
        activities.add(new Activity("msg:" + seed + "-" + sequence++ + "@synthetic", ActivityKind.MESSAGE, t, null,
                false, title, text, people, labels, null, files, Map.of(), null, false, null, null, "synthetic"));
        boolean byOwner = from.equals(owner) || from.equals(ownerAlias);
        for (Story story : stories.values()) {
            boolean authored = story.contacts.stream().anyMatch(c -> c.address().equals(from));
            boolean addressed = recipients.stream().anyMatch(r -> story.contacts.stream().anyMatch(c -> c.address().equals(r.address())));
            if (!authored && !addressed) {
                continue;
            }
            touched(story, t);
            if (authored) {
                story.fromLead.add(t);
                if (story.pendingAmount != null) {
                    story.amounts.add(new Mark<>(t, story.pendingAmount));
                }
                if (story.pendingTeam != null) {
                    story.teams.add(new Mark<>(t, story.pendingTeam));
                }
                story.pendingAmount = null;
                story.pendingTeam = null;
            }
            if (byOwner && addressed) {
                story.ownerTo.add(t);
            }
        }
    }

    /** An event about one lead; one that exists now and starts at or after now is its next step. */
    private void event(Story s, Instant at, boolean allDay, String title, String text, List<Participant> people, Instant created) {
        Instant end = allDay ? at.plus(Duration.ofDays(1)) : at.plus(Duration.ofMinutes(30 + 30 * random.nextInt(3)));
        activities.add(new Activity("evt:" + seed + "-" + sequence++ + "/" + at, ActivityKind.EVENT, at, end, allDay,
                title, text, people, Set.of(), null, List.of(), Map.of(), "primary", false, created, null, "synthetic"));
        touched(s, at);
        if (!at.isBefore(now) && created.isBefore(now)) {
            s.nextStep = true;
        }
    }

    private static void touched(Story story, Instant t) {
        story.linked.add(t);
        story.firstAt = story.firstAt == null || t.isBefore(story.firstAt) ? t : story.firstAt;
    }

    private static Participant to(String address) {
        return new Participant(Role.TO, address, null);
    }

    private static Participant cc(Story s) {
        return new Participant(Role.CC, s.address, s.contacts.get(0).name());
    }

    // ---- time ----

    private boolean before(Instant t) {
        return t != null && t.isBefore(now);
    }

    /** A working-hours moment some days later; one in fifteen lands on a weekend, as real mail does. */
    private Instant later(Instant t, int minDays, int maxDays) {
        if (t == null) {
            return null;
        }
        LocalDate day = t.atZone(ZONE).toLocalDate().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        if (day.getDayOfWeek().getValue() > 5 && random.nextInt(15) != 0) {
            day = day.plusDays(8 - day.getDayOfWeek().getValue());
        }
        Instant next = workTime(day);
        return next.isAfter(t) ? next : t.plus(Duration.ofMinutes(30 + random.nextInt(120)));
    }

    private Instant workTime(LocalDate day) {
        return day.atTime(9 + random.nextInt(10), random.nextInt(60)).atZone(ZONE).toInstant();
    }

    private static Instant lastOf(Story s) {
        return s.linked.stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    private <T> T pick(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights");
    }

    // ---- the truth, by docs/definitions.md, from what the generator noted ----

    private Truth truth(Story s) {
        Stage stage = stage(s, now);
        Money budget = latest(s.amounts, now);
        Integer team = latest(s.teams, now);
        boolean open = stage != Stage.WON && stage != Stage.LOST;
        Instant last = s.linked.stream().filter(t -> !t.isAfter(now)).max(Comparator.naturalOrder()).orElseThrow();
        boolean forgotten = Oracle.forgotten(open, s.nextStep, last, now);
        boolean missing = Oracle.missingFollowUp(s.meetings, s.ownerTo, now, ZONE);
        return new Truth(s.key, s.source, stage, budget, team, forgotten, missing);
    }

    /**
     * The stage as of a moment: tags first (the latest), then the latest WON/LOST sentence unless
     * the lead took a lost deal up again after it, then the furthest stage reached.
     */
    private static Stage stage(Story s, Instant asOf) {
        Stage tagged = latest(s.stageTags, asOf);
        if (tagged != null) {
            return tagged;
        }
        Outcome outcome = latest(s.closing, asOf);
        if (outcome == Outcome.WON || outcome == Outcome.LOST) {
            return outcome == Outcome.WON ? Stage.WON : Stage.LOST;
        }
        if (s.proposalAt != null && !s.proposalAt.isAfter(asOf)) {
            return Stage.PROPOSAL;
        }
        if (s.meetings.stream().anyMatch(m -> !m.isAfter(asOf))) {
            return Stage.MEETING;
        }
        boolean twoWay = s.fromLead.stream().anyMatch(t -> !t.isAfter(asOf)) && s.ownerTo.stream().anyMatch(t -> !t.isAfter(asOf));
        return twoWay ? Stage.ENGAGED : Stage.NEW;
    }

    /** When the lead was won as of a moment: the deciding tag, or its first WON sentence after the last reopening. */
    private static Instant wonAt(Story s, Instant asOf) {
        if (stage(s, asOf) != Stage.WON) {
            return null;
        }
        List<Mark<Stage>> tags = s.stageTags.stream().filter(m -> !m.at().isAfter(asOf)).toList();
        if (!tags.isEmpty()) {
            return tags.stream().max(Comparator.comparing(Mark<Stage>::at)).orElseThrow().at();
        }
        List<Mark<Outcome>> closing = s.closing.stream().filter(m -> !m.at().isAfter(asOf))
                .sorted(Comparator.comparing(Mark<Outcome>::at)).toList();
        Instant won = null;
        for (Mark<Outcome> mark : closing) {
            if (mark.value() == Outcome.REOPEN) {
                won = null;
            } else if (mark.value() == Outcome.WON && won == null) {
                won = mark.at();
            }
        }
        return won;
    }

    /** Per month of the history, the amounts of the leads first won in it, at their budget as of its end, by currency. */
    private Map<YearMonth, Map<String, BigDecimal>> wonByMonth() {
        Map<YearMonth, Map<String, BigDecimal>> won = new TreeMap<>();
        YearMonth last = YearMonth.from(now.atZone(ZONE));
        for (YearMonth month = last.minusMonths(HISTORY_DAYS / 28 + 1); !month.isAfter(last); month = month.plusMonths(1)) {
            Instant start = month.atDay(1).atStartOfDay(ZONE).toInstant();
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
            Instant asOf = end.isAfter(now) ? now : end;
            Map<String, BigDecimal> sums = new TreeMap<>();
            for (Story s : stories.values()) {
                Instant at = wonAt(s, asOf);
                Money budget = latest(s.amounts, asOf);
                if (at != null && !at.isBefore(start) && budget != null) {
                    sums.merge(budget.currency(), budget.amount(), BigDecimal::add);
                }
            }
            won.put(month, sums);
        }
        return won;
    }

    private static <T> T latest(List<Mark<T>> marks, Instant asOf) {
        return marks.stream().filter(m -> !m.at().isAfter(asOf))
                .max(Comparator.comparing(Mark<T>::at)).map(Mark::value).orElse(null);
    }

    /** The end of the second Monday-to-Friday day after the meeting's day, in the owner's zone. */
    // ---- contacts: people the owner writes to who are not leads ----

    /** Where each role works: a company of its own, or free mail. */
    private static final Map<String, List<String>> CONTACT_DOMAINS = Map.of(
            "supplier", List.of("hostwell.com", "rackzone.io", "serverok.ru", "officesupply.de"),
            "accountant", List.of("ledgerly.co.uk", "buhuchet.ru", "taxwise.com"),
            "recruiter", List.of("talentbridge.io", "kadry-plus.ru", "hirehub.com"),
            "eventOrganiser", List.of("devconf-events.com", "itsummit.ru", "meetupcraft.io"),
            "journalist", List.of("technews.com", "vcdaily.ru", "gmail.com"),
            "landlord", List.of("officepark.ru", "cityspaces.co.uk"),
            "candidate", List.of("gmail.com", "mail.ru", "yandex.ru"),
            "friend", List.of("gmail.com", "mail.ru", "icloud.com"));

    /**
     * Suppliers, an accountant, recruiters, candidates, event organisers, journalists, friends, the
     * landlord: two-way mail over the months, and calls or interviews in the calendar. None is a lead.
     */
    private void contacts(int count) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        for (int i = 0; i < count; i++) {
            String role = Phrasebook.CONTACT_ROLES.get(i % Phrasebook.CONTACT_ROLES.size());
            boolean russian = random.nextBoolean();
            Phrasebook words = russian ? books.russian() : books.english();
            Person person = russian ? People.russian(random) : People.english(random);
            List<String> domains = CONTACT_DOMAINS.get(role);
            String domain = domains.get(random.nextInt(domains.size()));
            boolean freeMail = domain.equals("gmail.com") || domain.equals("mail.ru") || domain.equals("yandex.ru")
                    || domain.equals("icloud.com");
            String address = freeMail ? person.local().replace(".", "") + (100 + random.nextInt(900)) + "@" + domain
                    : person.local() + "@" + (i / Phrasebook.CONTACT_ROLES.size() == 0 ? domain : "n" + i + "-" + domain);
            String key = freeMail ? address : address.substring(address.indexOf('@') + 1);
            contactKeys.add(key);
            String label = key.substring(0, key.indexOf('.'));
            String org = freeMail ? person.name() : Character.toUpperCase(label.charAt(0)) + label.substring(1);
            Instant t = workTime(today.minusDays(5 + random.nextInt(HISTORY_DAYS)));
            int exchanges = 1 + random.nextInt(4);
            for (int k = 0; k < exchanges && before(t); k++) {
                String subject = role + " " + (k + 1);
                contactMail(t, address, person.name(), owner, contactText(words.contact(role, "from"), person, org), subject);
                Instant reply = later(t, 0, 2);
                if (before(reply)) {
                    contactMail(reply, owner, "Anna K", address, contactText(words.contact(role, "reply"), person, org), "Re: " + subject);
                }
                if (random.nextInt(3) == 0) {
                    contactCall(later(reply, 1, 6), address, contactText(words.contactMeetingTitle, person, org));
                }
                t = later(t, 7, 40);
            }
        }
    }

    private String contactText(Bank bank, Person person, String org) {
        return Phrase.of(bank.pick(random, seed)).text().replace("{name}", person.name()).replace("{owner}", "Anna")
                .replace("{org}", org).replace("{amount}", random.nextBoolean() ? "$" + (100 + random.nextInt(900)) : (5 + random.nextInt(90)) + " 000 руб.")
                .replace("{n}", Integer.toString(1 + random.nextInt(5)));
    }

    private void contactMail(Instant t, String from, String fromName, String to, String text, String title) {
        boolean byOwner = from.equals(owner);
        activities.add(new Activity("msg:contact-" + seed + "-" + sequence++, ActivityKind.MESSAGE, t, null, false, title, text,
                List.of(new Participant(Role.FROM, from, fromName), new Participant(Role.TO, to, null)),
                byOwner ? Set.of("Sent") : Set.of("Inbox"), null, List.of(), Map.of(), null, false, null, null, "synthetic"));
    }

    private void contactCall(Instant at, String address, String title) {
        if (at == null) {
            return;
        }
        Instant created = at.minus(Duration.ofDays(1 + random.nextInt(4)));
        if (!created.isBefore(now)) {
            return;
        }
        activities.add(new Activity("evt:contact-" + seed + "-" + sequence++ + "/" + at, ActivityKind.EVENT, at,
                at.plus(Duration.ofMinutes(30 + 30 * random.nextInt(2))), false, title, "",
                List.of(new Participant(Role.ORGANIZER, owner, null), new Participant(Role.ATTENDEE, address, null)),
                Set.of(), null, List.of(), Map.of(), "primary", false, created, null, "synthetic"));
    }

    // ---- noise: none of it is a lead ----

    private void noise() {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        LocalDate first = today.minusDays(HISTORY_DAYS + 10);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            if (weekday && random.nextInt(3) == 0) {
                colleagueMail(day);
            }
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                salesSync(day);
            }
            if (random.nextInt(4) == 0) {
                bulkMail(day);
            }
            if (random.nextInt(5) == 0) {
                personalEvent(day);
            }
            if (day.getDayOfMonth() == 1 || day.getDayOfMonth() == 15) {
                partnerChatter(day);
            }
        }
        for (String holiday : List.of("2026-06-12", "2026-11-04")) {
            LocalDate day = LocalDate.parse(holiday);
            Instant at = day.atStartOfDay(ZONE).toInstant();
            String calendar = "ru.russian#holiday@group.v.calendar.google.com";
            noise.add(calendar);
            activities.add(new Activity("evt:holiday-" + seed + "-" + holiday, ActivityKind.EVENT, at, at.plus(Duration.ofDays(1)),
                    true, "Public holiday", "", List.of(new Participant(Role.ORGANIZER, calendar, "Holidays in Russia")),
                    Set.of(), null, List.of(), Map.of(), "Holidays", false, at.minus(Duration.ofDays(300)), null, "synthetic"));
        }
    }

    private void colleagueMail(LocalDate day) {
        String colleague = colleagues.get(random.nextInt(colleagues.size()));
        boolean outgoing = random.nextBoolean();
        String text = List.of("Can you cover the Friday demo? Budget for the offsite is $3,000.",
                "Team of 4 will be at the conference, please book the booth.",
                "Отчёт за месяц во вложении, выручка 2 млн руб.", "Lunch at 1?").get(random.nextInt(4));
        activities.add(new Activity("msg:col-" + seed + "-" + sequence++, ActivityKind.MESSAGE, workTime(day), null, false,
                "Internal", text, List.of(new Participant(Role.FROM, outgoing ? owner : colleague, null),
                        new Participant(Role.TO, outgoing ? colleague : owner, null)),
                outgoing ? Set.of("Sent") : Set.of("Inbox"), null, random.nextInt(4) == 0 ? List.of("report.xlsx") : List.of(),
                Map.of(), null, false, null, null, "synthetic"));
    }

    private void salesSync(LocalDate day) {
        Instant at = day.atTime(11, 0).atZone(ZONE).toInstant();
        List<Participant> people = new ArrayList<>(List.of(new Participant(Role.ORGANIZER, owner, null)));
        colleagues.forEach(c -> people.add(new Participant(Role.ATTENDEE, c, null)));
        people.add(new Participant(Role.ATTENDEE, rooms.get(0), "Big room"));
        activities.add(new Activity("evt:sync-" + seed + "/" + at, ActivityKind.EVENT, at, at.plus(Duration.ofHours(1)), false,
                "Weekly sales sync", "Pipeline review", people, Set.of(), null, List.of(), Map.of(), "primary", true,
                at.minus(Duration.ofDays(400)), null, "synthetic"));
    }

    /** Newsletters and notifications, each marked the way real ones are: a machine address or list headers. */
    private void bulkMail(LocalDate day) {
        record Sender(String address, Map<String, String> headers, String title, String text) {
        }
        List<Sender> senders = List.of(
                new Sender("news@saasweekly.io", Map.of("List-Id", "<weekly.saasweekly.io>"), "This week in SaaS",
                        "A team of 12 raised $4.5M. Read more."),
                new Sender("hello@growthdigest.com", Map.of("List-Unsubscribe", "<mailto:u@growthdigest.com>", "Precedence", "bulk"),
                        "Growth tips", "How 5 developers built a $1M business. Contract signed with a new investor."),
                new Sender("digest@producthunt.com", Map.of(), "Top products", "Launch your proposal tool today"),
                new Sender("newsletter@vc.ru", Map.of(), "Дайджест", "Стартап из 6 человек привлёк 50 млн руб."),
                new Sender("notifications@github.com", Map.of(), "[repo] PR merged", "Merged"),
                new Sender("no-reply@zoom.us", Map.of(), "Cloud recording available", "Your meeting recording is ready"),
                new Sender("noreply@tinkoff.ru", Map.of(), "Выписка", "Поступление 120 000 ₽"),
                new Sender("calendar-notification@google.com", Map.of(), "Reminder: Weekly sales sync", "Invitation"),
                new Sender("mailer-daemon@googlemail.com", Map.of("Auto-Submitted", "auto-replied"), "Delivery failure",
                        "Address not found"),
                new Sender("info@eventbrite-mail.com", Map.of("List-Id", "<events.eventbrite-mail.com>"), "Events near you",
                        "Join 300 people at the sales summit"));
        Sender sender = senders.get(random.nextInt(senders.size()));
        noise.add(sender.address());
        noise.add(domainOf(sender.address()));
        activities.add(new Activity("msg:bulk-" + seed + "-" + sequence++, ActivityKind.MESSAGE, workTime(day), null, false,
                sender.title(), sender.text(), List.of(new Participant(Role.FROM, sender.address(), null), to(owner)),
                Set.of("Inbox"), null, List.of(), sender.headers(), null, false, null, null, "synthetic"));
    }

    private static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    private void personalEvent(LocalDate day) {
        List<String> titles = List.of("Dentist", "Gym", "Parents' evening at school", "Flight to Berlin", "Стоматолог",
                "Бассейн", "Дача", "Car service", "Book club", "Yoga");
        String title = titles.get(random.nextInt(titles.size()));
        boolean allDay = title.startsWith("Flight") || title.equals("Дача");
        Instant at = allDay ? day.atStartOfDay(ZONE).toInstant() : day.atTime(8 + random.nextInt(12), 0).atZone(ZONE).toInstant();
        activities.add(new Activity("evt:personal-" + seed + "-" + sequence++ + "/" + at, ActivityKind.EVENT, at,
                at.plus(allDay ? Duration.ofDays(1) : Duration.ofHours(1)), allDay, title, "",
                List.of(new Participant(Role.ORGANIZER, owner, null)), Set.of(), null, List.of(), Map.of(), "primary", false,
                at.minus(Duration.ofDays(3)), null, "synthetic"));
    }

    /** Partners' own people write about the partnership itself; they are never leads. */
    private void partnerChatter(LocalDate day) {
        String partner = partners.get(random.nextInt(partners.size()));
        activities.add(new Activity("msg:partner-" + seed + "-" + sequence++, ActivityKind.MESSAGE, workTime(day), null, false,
                "Partnership", "Quarterly numbers: we brought 5 clients worth $200,000.",
                List.of(new Participant(Role.FROM, partner, "Alex"), to(owner)), Set.of("Inbox"), null, List.of(), Map.of(),
                null, false, null, null, "synthetic"));
    }
}
