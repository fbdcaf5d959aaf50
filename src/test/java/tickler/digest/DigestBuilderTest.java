package tickler.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.identity.Identity;
import tickler.identity.IdentityRules;
import tickler.lead.LeadInference;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Pipeline;
import tickler.lead.Vocabulary;
import tickler.report.MonthlyReport;
import tickler.testkit.Acts;

/** What a digest says about a small world, English and Russian, on Thursday 26 Nov 2026 at 08:00 in Moscow. */
class DigestBuilderTest {

    static final String OWNER = "Olga <olga@sellwell.io>";
    static final Links LINKS = new Links("https://tickler.example.com");
    static final DigestBuilder BUILDER = new DigestBuilder(LINKS, month -> "https://tickler.example.com/r/token-" + month, Acts.ZONE);
    static final Schedule SCHEDULE = new Schedule(LocalTime.of(8, 0), Optional.empty());

    static final List<Activity> WORLD = List.of(
            mail("intro").at("2026-09-01T09:00").from(OWNER).to("petr@sellwell.io").sent().title("Hi team").build(),
            // came in yesterday evening
            mail("n1").at("2026-11-25T18:00").from("Ира (Новая Студия) <ira@novaya.ru>").to(OWNER)
                    .title("Разработка приложения").text("Нужна разработка мобильного приложения, пришлите оценку").build(),
            event("r2").at("2026-11-27T10:00").created("2026-11-25T19:00").organizer(OWNER).mentions("ira@novaya.ru")
                    .title("Позвонить Ире").build(),
            // quiet for 14 days since yesterday noon: forgotten since the last digest
            mail("q1").at("2026-11-11T12:00").from("lost.soul@quiet.ru").to(OWNER).title("Website")
                    .text("Could you send an estimate for a website?").build(),
            // forgotten long ago: the board's, not news
            mail("o1").at("2026-10-01T10:00").from("old@stale.ru").to(OWNER).title("Shop")
                    .text("Could you send an estimate for an online shop?").build(),
            // a meeting on Friday, no word to the lead by the end of Tuesday
            mail("v1").at("2026-11-18T10:00").from("Vasya (Otkat Kontora) <vasya@otkat.ru>").to(OWNER)
                    .text("We need a new website, can we meet?").build(),
            event("demo").at("2026-11-20T15:00").organizer(OWNER).attendees("vasya@otkat.ru").title("Demo").build(),
            // a proposal with a budget and a team, and a call about it today
            mail("p1").at("2026-11-16T10:00").from("ivan@prop.ru").to(OWNER).title("Budget")
                    .text("Our budget is $120,000. We need a team of 4.").build(),
            mail("p2").at("2026-11-17T10:00").from(OWNER).to("ivan@prop.ru").sent().title("Proposal")
                    .text("Please find our proposal attached.").attachment("proposal.pdf").build(),
            event("r1").at("2026-11-26T17:00").created("2026-11-20T10:00").organizer(OWNER).mentions("ivan@prop.ru")
                    .title("Call Ivan about the proposal").build());

    static Pipeline at(Instant now) {
        return new LeadInference(Identity.infer(WORLD, rules()), vocabulary(), Acts.ZONE).infer(WORLD, now);
    }

    static Digest daily(List<GoogleSyncView.AccountHealth> sync, boolean privacy) {
        Period period = SCHEDULE.period(Kind.DAILY, LocalDate.of(2026, 11, 26), Acts.ZONE);
        return BUILDER.leads(period, at(period.due()), at(period.since()), sync, privacy);
    }

    static Map<String, List<String>> lines(Digest digest) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        digest.sections().forEach(s -> lines.put(s.heading(), s.items().stream()
                .map(i -> String.join(" | ", String.valueOf(i.when()), i.label(), String.valueOf(i.text()), String.valueOf(i.note())))
                .toList()));
        return lines;
    }

    @Test
    void theDailyDigestSaysWhatNeedsTheSalespersonToday() {
        Pipeline now = at(Acts.t("2026-11-26T08:00"));
        String prop = now.byKey("prop.ru").orElseThrow().name();
        String otkat = now.byKey("otkat.ru").orElseThrow().name();
        String quiet = now.byKey("quiet.ru").orElseThrow().name();
        String novaya = now.byKey("novaya.ru").orElseThrow().name();

        Digest digest = daily(List.of(), false);
        assertEquals("Daily digest, Thu 26 Nov 2026", digest.title());
        assertEquals(Map.of(
                "Next steps today", List.of("17:00 | " + prop + " | Call Ivan about the proposal | reminder"),
                "New leads since the last digest", List.of("25 Nov | " + novaya + " | Разработка приложения | inbound"),
                "Became forgotten: no next step, quiet for two weeks", List.of("null | " + quiet + " | Website | quiet since 11 Nov"),
                "Meetings still without a follow-up", List.of("20 Nov | " + otkat + " | Demo | no message since"),
                "Likely to close this month", List.of("null | " + prop + " | null | budget 120,000 USD, team 4")),
                lines(digest));
        assertEquals(4, digest.actions(), "the closing lead is news, not a task");
        assertEquals("Daily digest, Thu 26 Nov 2026: 4 things need you", digest.headline());
        assertEquals("https://tickler.example.com/leads/" + now.byKey("prop.ru").orElseThrow().id(),
                digest.sections().get(0).items().get(0).url());
        assertNull(digest.note());
    }

    @Test
    void aWeeklySummaryLooksAWeekAhead() {
        Period week = SCHEDULE.period(Kind.WEEKLY, LocalDate.of(2026, 11, 26), Acts.ZONE);
        Digest digest = BUILDER.leads(week, at(week.due()), at(week.since()), List.of(), false);
        Pipeline now = at(week.due());
        assertEquals(List.of("Thu 26 Nov, 17:00 | " + now.byKey("prop.ru").orElseThrow().name() + " | Call Ivan about the proposal | reminder",
                        "Fri 27 Nov, 10:00 | " + now.byKey("novaya.ru").orElseThrow().name() + " | Позвонить Ире | reminder"),
                lines(digest).get("Next steps this week"));
        assertEquals(List.of("25 Nov | " + now.byKey("novaya.ru").orElseThrow().name() + " | Разработка приложения | inbound"),
                lines(digest).get("New leads since the last digest"), "Otkat Kontora wrote on the 18th, before the week began");
    }

    @Test
    void syncHealthSaysWhichAccountNeedsTheUserAndHowFreshTheOthersAre() {
        Digest digest = daily(List.of(
                new GoogleSyncView.AccountHealth("olga@sellwell.io", "lost its access: reconnect it", 90_000L, 0, "invalid_grant"),
                new GoogleSyncView.AccountHealth("olga@gmail.com", null, 420L, 3, null)), true);
        assertEquals(List.of("null | olga@sellwell.io | lost its access: reconnect it (invalid_grant) | null",
                        "null | olga@gmail.com | synced 7 min ago | 3 messages skipped: they could not be read"),
                lines(digest).get("Google sync"));
        assertEquals(5, digest.actions(), "the account to reconnect is one more thing to do");
        assertEquals("https://tickler.example.com/sync", digest.sections().get(5).items().get(0).url());
        assertTrue(digest.note().startsWith("Privacy mode: Gmail is read as headers only."), digest.note());
    }

    @Test
    void aQuietDayIsEmptyButAQuietMonthWithNumbersIsNot() {
        Period period = SCHEDULE.period(Kind.DAILY, LocalDate.of(2026, 11, 26), Acts.ZONE);
        Pipeline empty = new LeadInference(Identity.infer(List.of(), rules()), vocabulary(), Acts.ZONE).infer(List.of(), period.due());
        assertTrue(BUILDER.leads(period, empty, empty, List.of(), false).isEmpty());

        MonthlyReport october = new MonthlyReport("2026-10", Instant.parse("2026-11-01T00:00:00Z"),
                new MonthlyReport.Incoming(5, Map.of(LeadSource.REFERRAL, 2, LeadSource.INBOUND, 3, LeadSource.PARTNER, 0), List.of()),
                new MonthlyReport.Engaged(4, List.of()),
                new MonthlyReport.Won(2, List.of(new Money(new BigDecimal("120000"), "USD"), new Money(new BigDecimal("2500000"), "RUB")), List.of()),
                List.of(), new MonthlyReport.Outbound(3, 1, List.of()), new MonthlyReport.Activities(6, 2, List.of()),
                Map.of(), null, null, List.of());
        Digest monthly = BUILDER.monthly(SCHEDULE.period(Kind.MONTHLY, "2026-10", Acts.ZONE), october, false);
        assertEquals("Monthly report, October 2026", monthly.title());
        assertEquals(List.of("null | Leads in | null | 5: inbound 3, referral 2",
                        "null | Turned into communication | null | 4 of 5",
                        "null | Won | null | 2: 120,000 USD, 2,500,000 RUB",
                        "null | Likely to close next month | null | 0",
                        "null | Outbound | null | 3, 1 engaged",
                        "null | Open the report | null | null"),
                lines(monthly).get("October 2026 in numbers"));
        assertTrue(monthly.sections().get(0).items().stream()
                .allMatch(i -> i.url().equals("https://tickler.example.com/r/token-" + YearMonth.of(2026, 10))), "the report link decides");
        assertTrue(!monthly.isEmpty() && monthly.actions() == 0);
    }

    static IdentityRules rules() {
        try {
            return IdentityRules.load(Acts.DEFAULTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Vocabulary vocabulary() {
        try {
            return Vocabulary.load(Acts.DEFAULTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
