package tickler.source.takeout;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.util.CompatibilityHints;

import tickler.activity.EventOccurrence;

/** Reads one .ics file into event occurrences; a broken event is skipped, never the whole file. */
final class IcsReader {

    static {
        // Real exports (Outlook, Yahoo, old Apple) break RFC 5545 in small ways; read what can be read.
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
    }

    /**
     * Whole-file parse budget, growing with the file: fuzzed files with megabyte lines must not
     * stall an import, yet a large real calendar parsed on a busy machine must not fall back to
     * the slower event-by-event parse for want of time.
     */
    private static final Duration FILE_BUDGET = Duration.ofSeconds(8);
    private static final Duration FILE_BUDGET_PER_MB = Duration.ofSeconds(2);
    private static final Duration EVENT_BUDGET = Duration.ofSeconds(2);
    private static final int MAX_EVENT_CHARS = 2 * 1024 * 1024;
    private static final int MAX_NESTING = 20;
    /** A Google calendar's Takeout file is named by its address: only such a calendar gets a Google link. */
    private static final Pattern WHOLE_EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[A-Za-z]{2,24}");
    private static final DateTimeFormatter GOOGLE_INSTANCE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GOOGLE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** Reported by its IANA name; ZoneOffset.UTC would be reported as "Z". */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final ReadOptions options;

    IcsReader(ReadOptions options) {
        this.options = options;
    }

    void read(String item, String fileName, byte[] bytes, ActivitySink sink) {
        String text = decode(bytes);
        if (text.isBlank()) {
            sink.skipped(item, "empty file");
            return;
        }
        List<String> calendars = splitCalendars(text);
        if (calendars.isEmpty() && text.toUpperCase(Locale.ROOT).contains("BEGIN:VEVENT")) {
            // Some tools write bare events; they read as a calendar of their own.
            calendars = List.of("BEGIN:VCALENDAR\n" + text + "\nEND:VCALENDAR\n");
        }
        if (calendars.isEmpty()) {
            sink.skipped(item, "no readable VCALENDAR in the file");
            return;
        }
        String baseName = fileName.replaceFirst("(?i)\\.(ics|ical|ifb|txt)$", "");
        for (int i = 0; i < calendars.size(); i++) {
            String calItem = calendars.size() == 1 ? item : item + "#" + (i + 1);
            readCalendar(calItem, baseName, calendars.get(i), sink);
        }
    }

    /** UTF-8 when it is UTF-8, Latin-1 otherwise; no BOM, no NULs, LF line breaks only. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        return text.replace("\0", "").replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isLine(String line, String what) {
        return line.strip().equalsIgnoreCase(what);
    }

    private static List<String> splitCalendars(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        int depth = 0;
        for (String line : text.split("\n")) {
            if (cur == null) {
                if (isLine(line, "BEGIN:VCALENDAR")) {
                    cur = new StringBuilder(line.strip()).append('\n');
                    depth = 1;
                }
                continue;
            }
            cur.append(line).append('\n');
            if (isLine(line, "BEGIN:VCALENDAR")) {
                depth++;
            } else if (isLine(line, "END:VCALENDAR") && --depth == 0) {
                out.add(cur.toString());
                cur = null;
            }
        }
        if (cur != null) {
            out.add(cur.append("END:VCALENDAR\n").toString());
        }
        return out;
    }

    private void readCalendar(String item, String baseName, String text, ActivitySink sink) {
        Calendar whole;
        try {
            whole = parse(text, FILE_BUDGET.plus(FILE_BUDGET_PER_MB.multipliedBy(text.length() / (1024 * 1024))),
                    TimeZoneRegistryFactory.getInstance().createRegistry());
        } catch (IcsFailure e) {
            readEventByEvent(item, baseName, text, e.getMessage(), sink);
            return;
        }
        List<VEvent> events = new ArrayList<>();
        for (CalendarComponent c : whole.getComponents()) {
            if (c instanceof VEvent e) {
                events.add(e);
            }
        }
        List<VTimeZone> zones = new ArrayList<>();
        for (CalendarComponent c : whole.getComponents()) {
            if (c instanceof VTimeZone z) {
                zones.add(z);
            }
        }
        emitCalendar(item, baseName, whole, zones, events, sink);
    }

    /**
     * The whole-file parse failed: parse each VEVENT alone, with the calendar's header and time
     * zones around it, so one bad event costs only itself.
     */
    private void readEventByEvent(String item, String baseName, String text, String wholeReason, ActivitySink sink) {
        StringBuilder header = new StringBuilder("BEGIN:VCALENDAR\n");
        StringBuilder zones = new StringBuilder();
        List<String> eventBlocks = new ArrayList<>();
        String[] lines = text.split("\n");
        int i = 1;
        while (i < lines.length) {
            String line = lines[i];
            String upper = line.strip().toUpperCase(Locale.ROOT);
            if (upper.startsWith("BEGIN:")) {
                int end = blockEnd(lines, i);
                String block = String.join("\n", java.util.Arrays.asList(lines).subList(i, end)) + "\n";
                if (upper.equals("BEGIN:VTIMEZONE")) {
                    zones.append(block);
                } else if (upper.equals("BEGIN:VEVENT")) {
                    eventBlocks.add(block);
                }
                i = end;
            } else {
                if (!upper.startsWith("END:") && !line.isBlank()) {
                    header.append(line).append('\n');
                }
                i++;
            }
        }
        if (eventBlocks.isEmpty()) {
            sink.skipped(item, "unreadable calendar: " + wholeReason);
            return;
        }
        // One registry for every event of the file, its zones registered once: ical4j gives each
        // registration one of its 1,500 process-wide zone ids until the registry is collected, and
        // the parsed events keep their registry alive, so a registry per event ran out of ids
        // after about 1,500 events ("Ran out of available zone IDs", "Error loading timezone").
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        List<VTimeZone> tz = new ArrayList<>();
        if (!zones.isEmpty()) {
            try {
                for (CalendarComponent c : parse(header + zones.toString() + "END:VCALENDAR\n", EVENT_BUDGET, registry)
                        .getComponents()) {
                    if (c instanceof VTimeZone z && tz.isEmpty()) {
                        tz.add(z);
                    }
                }
            } catch (IcsFailure e) {
                // A broken VTIMEZONE: its events resolve their TZID from ical4j's bundled zones instead.
                registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            }
        }
        Calendar calendarProps = null;
        List<VEvent> events = new ArrayList<>();
        for (int n = 0; n < eventBlocks.size(); n++) {
            String block = eventBlocks.get(n);
            String eventItem = item + " event " + (n + 1) + describe(block);
            if (block.length() > MAX_EVENT_CHARS) {
                sink.skipped(eventItem, "event larger than " + MAX_EVENT_CHARS / 1024 + " KB");
                continue;
            }
            if (nesting(block) > MAX_NESTING) {
                sink.skipped(eventItem, "components nested deeper than " + MAX_NESTING);
                continue;
            }
            Calendar one;
            try {
                one = parse(header + block + "END:VCALENDAR\n", EVENT_BUDGET, registry);
            } catch (IcsFailure e) {
                sink.skipped(eventItem, "unreadable event: " + e.getMessage());
                continue;
            }
            if (calendarProps == null) {
                calendarProps = one;
            }
            for (CalendarComponent c : one.getComponents()) {
                if (c instanceof VEvent e) {
                    events.add(e);
                }
            }
        }
        if (calendarProps != null) {
            emitCalendar(item, baseName, calendarProps, tz, events, sink);
        }
    }

    /**
     * Where the component starting at {@code start} ends: at its own END line, or, when that is
     * missing or mangled, just before the next component of the same kind or the calendar's end.
     */
    private static int blockEnd(String[] lines, int start) {
        String kind = lines[start].strip().substring("BEGIN:".length()).toUpperCase(Locale.ROOT);
        for (int i = start + 1; i < lines.length; i++) {
            String upper = lines[i].strip().toUpperCase(Locale.ROOT);
            if (upper.equals("END:" + kind)) {
                return i + 1;
            }
            if (upper.equals("BEGIN:" + kind) || upper.equals("END:VCALENDAR")) {
                return i;
            }
        }
        return lines.length;
    }

    private static int nesting(String block) {
        int depth = 0;
        int max = 0;
        for (String line : block.split("\n")) {
            String upper = line.strip().toUpperCase(Locale.ROOT);
            if (upper.startsWith("BEGIN:")) {
                max = Math.max(max, ++depth);
            } else if (upper.startsWith("END:")) {
                depth--;
            }
        }
        return max;
    }

    private static String describe(String block) {
        for (String line : block.split("\n")) {
            if (line.regionMatches(true, 0, "UID:", 0, 4) || line.regionMatches(true, 0, "SUMMARY:", 0, 8)) {
                String v = line.strip();
                return " (" + (v.length() > 80 ? v.substring(0, 80) : v) + ")";
            }
        }
        return "";
    }

    private static final class IcsFailure extends Exception {
        IcsFailure(String message) {
            super(message);
        }
    }

    private static Calendar parse(String text, Duration budget, TimeZoneRegistry registry) throws IcsFailure {
        try {
            return new CalendarBuilder(registry).build(new DeadlineReader(new StringReader(text), budget));
        } catch (ParserException e) {
            throw new IcsFailure(e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new IcsFailure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (StackOverflowError e) {
            throw new IcsFailure("components nested too deep");
        }
    }

    /** Makes a parse give up once its time is spent: the parser reads all the time, so it notices. */
    private static final class DeadlineReader extends FilterReader {
        private final long deadline;
        private final Duration budget;

        DeadlineReader(Reader in, Duration budget) {
            super(in);
            this.budget = budget;
            this.deadline = System.nanoTime() + budget.toNanos();
        }

        private void check() throws IOException {
            if (System.nanoTime() > deadline) {
                throw new IOException("parsing took longer than " + budget.toSeconds() + " s");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            check();
            return super.read(cbuf, off, len);
        }
    }

    // ---- from parsed components to occurrences ----

    private void emitCalendar(String item, String baseName, Calendar cal, List<VTimeZone> zones, List<VEvent> events,
                              ActivitySink sink) {
        String name = cal.getProperty("X-WR-CALNAME").map(Property::getValue).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(baseName);
        ZoneId zone = calendarZone(cal, zones);
        sink.calendar(name, zone.getId());
        Context ctx = new Context(item, name, zone, sink);

        Map<String, List<VEvent>> masters = new LinkedHashMap<>();
        Map<String, List<VEvent>> overrides = new LinkedHashMap<>();
        List<VEvent> noUid = new ArrayList<>();
        for (VEvent e : events) {
            String uid = prop(e, Property.UID);
            if (uid == null) {
                noUid.add(e);
            } else if (e.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.computeIfAbsent(uid, k -> new ArrayList<>()).add(e);
            } else {
                masters.computeIfAbsent(uid, k -> new ArrayList<>()).add(e);
            }
        }
        int before = ctx.emitted;
        for (Map.Entry<String, List<VEvent>> m : masters.entrySet()) {
            List<VEvent> ov = overrides.getOrDefault(m.getKey(), List.of());
            for (VEvent master : m.getValue()) {
                guarded(ctx, master, () -> series(ctx, m.getKey(), master, ov));
            }
        }
        for (Map.Entry<String, List<VEvent>> o : overrides.entrySet()) {
            if (!masters.containsKey(o.getKey())) {
                for (VEvent e : o.getValue()) {
                    guarded(ctx, e, () -> orphanOverride(ctx, o.getKey(), e));
                }
            }
        }
        for (VEvent e : noUid) {
            guarded(ctx, e, () -> series(ctx, null, e, List.of()));
        }
        if (ctx.emitted == before && !ctx.reported) {
            sink.skipped(item, events.isEmpty() ? "calendar has no events"
                    : events.size() + (events.size() == 1 ? " event" : " events") + ", none with an occurrence between " + options.expandFrom()
                    + " and " + options.expandUntil());
        }
    }

    private final class Context {
        final String item;
        final String calendar;
        final ZoneId zone;
        final ActivitySink sink;
        int emitted;
        boolean reported;

        Context(String item, String calendar, ZoneId zone, ActivitySink sink) {
            this.item = item;
            this.calendar = calendar;
            this.zone = zone;
            this.sink = sink;
        }

        void skip(VEvent e, String reason) {
            reported = true;
            String uid = prop(e, Property.UID);
            String summary = prop(e, Property.SUMMARY);
            sink.skipped(item + " " + (summary != null ? summary : uid != null ? uid : "event"), reason);
        }
    }

    private interface EventWork {
        void run() throws DateTimeException;
    }

    private static void guarded(Context ctx, VEvent e, EventWork work) {
        try {
            work.run();
        } catch (RuntimeException e2) {
            ctx.skip(e, "unreadable event: " + (e2.getMessage() == null ? e2.getClass().getSimpleName() : e2.getMessage()));
        }
    }

    private void series(Context ctx, String uid, VEvent master, List<VEvent> overrides) {
        Temporal start = start(master);
        if (start == null) {
            ctx.skip(master, "event without DTSTART");
            return;
        }
        if (cancelled(master)) {
            ctx.skip(master, "event cancelled");
            return;
        }
        Duration length = length(master, start, ctx.zone);
        List<RRule<?>> rrules = master.getProperties(Property.RRULE);
        List<RDate<?>> rdates = master.getProperties(Property.RDATE);
        if (rrules.isEmpty() && rdates.isEmpty() && overrides.isEmpty()) {
            emit(ctx, uid, master, start, start, length, false);
            return;
        }
        Map<Instant, VEvent> byRecurrenceId = new HashMap<>();
        for (VEvent o : overrides) {
            Temporal rid = date(o.getProperty(Property.RECURRENCE_ID));
            if (rid != null) {
                byRecurrenceId.put(instant(rid, ctx.zone), o);
            }
        }
        TreeMap<Instant, Temporal> starts = occurrences(master, start, rrules, rdates, ctx.zone);
        Set<Instant> used = new HashSet<>();
        int count = 0;
        for (Map.Entry<Instant, Temporal> s : starts.entrySet()) {
            if (count >= options.maxOccurrencesPerSeries()) {
                break;
            }
            VEvent o = byRecurrenceId.get(s.getKey());
            if (o != null) {
                used.add(s.getKey());
                if (!cancelled(o)) {
                    Temporal os = start(o);
                    emit(ctx, uid, o, s.getValue(), os == null ? s.getValue() : os,
                            os == null ? length : length(o, os, ctx.zone), true);
                    count++;
                }
            } else {
                emit(ctx, uid, master, s.getValue(), s.getValue(), length, true);
                count++;
            }
        }
        // An override moved into the window from an original start outside it still happens there.
        for (Map.Entry<Instant, VEvent> o : byRecurrenceId.entrySet()) {
            if (!used.contains(o.getKey()) && !cancelled(o.getValue())) {
                Temporal os = start(o.getValue());
                if (os != null && inWindow(instant(os, ctx.zone))) {
                    Temporal rid = date(o.getValue().getProperty(Property.RECURRENCE_ID));
                    emit(ctx, uid, o.getValue(), rid, os, length(o.getValue(), os, ctx.zone), true);
                }
            }
        }
    }

    private void orphanOverride(Context ctx, String uid, VEvent e) {
        if (cancelled(e)) {
            ctx.skip(e, "event cancelled");
            return;
        }
        Temporal start = start(e);
        Temporal rid = date(e.getProperty(Property.RECURRENCE_ID));
        if (start == null) {
            ctx.skip(e, "event without DTSTART");
            return;
        }
        emit(ctx, uid, e, rid == null ? start : rid, start, length(e, start, ctx.zone), true);
    }

    private boolean inWindow(Instant at) {
        return !at.isBefore(options.expandFrom()) && at.isBefore(options.expandUntil());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TreeMap<Instant, Temporal> occurrences(VEvent master, Temporal start, List<RRule<?>> rrules,
                                                   List<RDate<?>> rdates, ZoneId zone) {
        TreeMap<Instant, Temporal> out = new TreeMap<>();
        Instant first = instant(start, zone);
        if (inWindow(first)) {
            out.put(first, start);
        }
        Set<Instant> exInstants = new HashSet<>();
        Set<LocalDate> exDates = new HashSet<>();
        for (Property p : master.getProperties(Property.EXDATE)) {
            for (Object d : ((DateListProperty<?>) p).getDates()) {
                if (d instanceof LocalDate ld) {
                    exDates.add(ld);
                } else {
                    exInstants.add(instant((Temporal) d, zone));
                }
            }
        }
        int max = options.maxOccurrencesPerSeries() + exInstants.size() + exDates.size() + 1;
        Temporal from = like(start, options.expandFrom(), zone);
        Temporal until = like(start, options.expandUntil(), zone);
        for (RRule<?> rule : rrules) {
            Recur recur = rule.getRecur();
            List<Temporal> dates = recur.getDates(start, from, until, max);
            for (Temporal d : dates) {
                Instant at = instant(d, zone);
                if (inWindow(at)) {
                    out.put(at, d);
                }
            }
        }
        for (RDate<?> rdate : rdates) {
            List<Temporal> dates = new ArrayList<>((List<Temporal>) rdate.getDates());
            Optional<? extends Set<? extends Period<?>>> periods = rdate.getPeriods();
            periods.ifPresent(ps -> ps.forEach(p -> dates.add(p.getStart())));
            for (Temporal d : dates) {
                Instant at = instant(d, zone);
                if (inWindow(at)) {
                    out.put(at, d);
                }
            }
        }
        out.entrySet().removeIf(e -> exInstants.contains(e.getKey()) || exDates.contains(localDate(e.getValue(), zone)));
        return out;
    }

    private void emit(Context ctx, String uid, VEvent e, Temporal originalStart, Temporal start, Duration length,
                      boolean recurring) {
        boolean allDay = start instanceof LocalDate;
        Instant at = instant(start, ctx.zone);
        Instant original = instant(originalStart, ctx.zone);
        EventOccurrence.Invitee organizer = e.getProperty(Property.ORGANIZER).map(IcsReader::invitee).orElse(null);
        List<EventOccurrence.Invitee> attendees = new ArrayList<>();
        for (Property p : e.getProperties(Property.ATTENDEE)) {
            attendees.add(invitee(p));
        }
        Temporal c = date(e.getProperty(Property.CREATED));
        Instant created = c == null ? null : instant(c, ZoneOffset.UTC);
        ctx.emitted++;
        ctx.sink.activity(new EventOccurrence(uid, originalStart instanceof LocalDate d ? d : original, at,
                at.plus(length), allDay, prop(e, Property.SUMMARY), prop(e, Property.DESCRIPTION),
                prop(e, Property.LOCATION), organizer, attendees, ctx.calendar, recurring, created,
                googleLink(uid, ctx.calendar, originalStart, original, recurring), options.source()).activity());
    }

    private static String googleLink(String uid, String calendar, Temporal originalStart, Instant original,
                                     boolean recurring) {
        if (uid == null || !uid.toLowerCase(Locale.ROOT).endsWith("@google.com") || calendar == null
                || !WHOLE_EMAIL.matcher(calendar).matches()) {
            return null;
        }
        String eventId = uid.substring(0, uid.length() - "@google.com".length());
        if (recurring) {
            eventId += "_" + (originalStart instanceof LocalDate d ? GOOGLE_DAY.format(d) : GOOGLE_INSTANCE.format(original));
        }
        String eid = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((eventId + " " + calendar).getBytes(StandardCharsets.UTF_8));
        return "https://calendar.google.com/calendar/event?eid=" + eid;
    }

    private static EventOccurrence.Invitee invitee(Property p) {
        return new EventOccurrence.Invitee(p.getValue(), p.getParameter(Parameter.CN).map(Parameter::getValue).orElse(null));
    }

    private static ZoneId calendarZone(Calendar cal, List<VTimeZone> zones) {
        Optional<ZoneId> wr = cal.getProperty("X-WR-TIMEZONE").map(Property::getValue).flatMap(IcsReader::zoneId);
        if (wr.isPresent()) {
            return wr.get();
        }
        for (VTimeZone z : zones) {
            Optional<ZoneId> id = z.getProperty(Property.TZID).map(Property::getValue).flatMap(IcsReader::zoneId);
            if (id.isPresent()) {
                return id.get();
            }
        }
        return UTC;
    }

    private static Optional<ZoneId> zoneId(String id) {
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean cancelled(VEvent e) {
        return "CANCELLED".equalsIgnoreCase(prop(e, Property.STATUS));
    }

    private static String prop(Component c, String name) {
        return c.getProperty(name).map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    private static Temporal start(VEvent e) {
        return date(e.getProperty(Property.DTSTART));
    }

    private static Temporal date(Optional<Property> p) {
        if (p.isEmpty() || !(p.get() instanceof DateProperty<?> d)) {
            return null;
        }
        return d.getDate();
    }

    private static Duration length(VEvent e, Temporal start, ZoneId zone) {
        Instant s = instant(start, zone);
        Temporal end = date(e.getProperty(Property.DTEND));
        if (end != null) {
            Duration d = Duration.between(s, instant(end, zone));
            return d.isNegative() ? Duration.ZERO : d;
        }
        Optional<Property> dur = e.getProperty(Property.DURATION);
        if (dur.isPresent()) {
            TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) dur.get()).getDuration();
            Duration d = Duration.between(s, ZonedDateTime.ofInstant(s, zone).plus(amount).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        }
        return start instanceof LocalDate ? Duration.ofDays(1) : Duration.ZERO;
    }

    /** An instant of any temporal ical4j hands out; floating and all-day times are in the calendar's zone. */
    static Instant instant(Temporal t, ZoneId zone) {
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        throw new DateTimeException("unsupported date value " + t);
    }

    private static LocalDate localDate(Temporal t, ZoneId zone) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toLocalDate();
        }
        if (t instanceof LocalDateTime l) {
            return l.toLocalDate();
        }
        return LocalDate.ofInstant(instant(t, zone), zone);
    }

    /** The window bound in the seed's own type, as ical4j's recurrence needs. */
    private static Temporal like(Temporal seed, Instant at, ZoneId zone) {
        if (seed instanceof ZonedDateTime z) {
            return ZonedDateTime.ofInstant(at, z.getZone());
        }
        if (seed instanceof OffsetDateTime o) {
            return OffsetDateTime.ofInstant(at, o.getOffset());
        }
        if (seed instanceof LocalDateTime) {
            return LocalDateTime.ofInstant(at, zone);
        }
        if (seed instanceof LocalDate) {
            return LocalDate.ofInstant(at, zone);
        }
        return at;
    }

}
