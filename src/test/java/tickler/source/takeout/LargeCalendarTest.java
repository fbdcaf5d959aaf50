package tickler.source.takeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/**
 * A calendar the size of a busy salesperson's Google export (14,178 events, three zones) loses
 * nothing, whether ical4j parses it whole or, after a broken event, event by event. The tests have
 * no network, so they also show that no zone needs one.
 */
class LargeCalendarTest {

    private static final int EVENTS = 14_178;

    @Test
    void everyEventOfALargeCalendarIsRead() {
        Collected c = read(LargeCalendar.write(EVENTS, false));
        assertEquals(Map.of(), c.skipped);
        assertEquals(EVENTS, c.activities.size());
    }

    /** One registry per event used to take one of ical4j's 1,500 zone ids each, until they ran out. */
    @Test
    void eventByEventParseAfterABrokenEventLosesOnlyThatEvent() {
        Collected c = read(LargeCalendar.write(EVENTS, true));
        assertEquals(1, c.skipped.size(), () -> c.skipped.values().stream().distinct().limit(3).toList().toString());
        assertEquals(EVENTS - 1, c.activities.size());
    }

    @Test
    void zoneDefinitionsAreNeverFetchedOnline() {
        assertEquals("false", Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElseThrow());
        assertEquals("net.fortuna.ical4j.util.MapTimeZoneCache",
                Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl").orElseThrow());
    }

    private static Collected read(byte[] ics) {
        Collected c = new Collected();
        new IcsReader(Collected.OPTIONS).read("big.ics", "big.ics", ics, c);
        return c;
    }
}
