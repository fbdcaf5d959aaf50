package tickler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;
import static tickler.testkit.Acts.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.Chronology;
import tickler.identity.Identity;
import tickler.identity.IdentityRules;
import tickler.lead.LeadInference;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Vocabulary;
import tickler.testkit.Acts;

/** October 2026 of a small world with known numbers. */
class MonthlyReportsTest {

    static final String OWNER = "Olga <olga@sellwell.io>";
    static final String COLLEAGUE = "petr@sellwell.io";

    static final List<Activity> WORLD = List.of(
            mail("intro").at("2026-09-01T09:00").from(OWNER).to(COLLEAGUE).sent().build(),
            // September: three inbound leads; two get a proposal, one is engaged
            mail("w2a").at("2026-09-05T10:00").from("rub@won2.ru").to(OWNER).text("Бюджет 1.2M RUB").build(),
            mail("w2b").at("2026-09-07T10:00").from(OWNER).to("rub@won2.ru").sent().text("Давайте обсудим").build(),
            mail("s1").at("2026-09-10T10:00").from("old@sept.ru").to(OWNER).text("Need an app").build(),
            mail("s2").at("2026-09-15T10:00").from(OWNER).to("old@sept.ru").sent().text("Our proposal: $40,000").build(),
            mail("mb1").at("2026-09-18T10:00").from("ivan@maybe.ru").to(OWNER).text("Нужен портал, команда из 6 человек").build(),
            mail("mb2").at("2026-09-20T10:00").from(OWNER).to("ivan@maybe.ru").sent().text("Высылаю КП на 500 тыс. рублей").build(),
            event("mb3").at("2026-11-05T10:00").created("2026-10-01T10:00").organizer(OWNER).mentions("ivan@maybe.ru")
                    .title("Remind ivan@maybe.ru about the proposal").build(),
            // October: incoming
            mail("in1a").at("2026-10-02T10:00").from("a@in1.ru").to(OWNER).text("Hello, we need a website for our shop").build(),
            mail("in1b").at("2026-10-03T10:00").from(OWNER).to("a@in1.ru").sent().text("Hi, happy to help").build(),
            mail("in2").at("2026-10-05T10:00").from("b@in2.ru").to(OWNER).text("Hello? Looking for a team for our app").build(),
            mail("ref").at("2026-10-06T10:00").from("c@ref.ru").to(OWNER).text("Нам вас порекомендовали").build(),
            mail("par").at("2026-10-07T10:00").from("kate@partnerhub.io").to(OWNER).cc("boss@viapartner.com").build(),
            // October: outbound
            mail("o1").at("2026-10-08T10:00").from(OWNER).to("cold@out.com").sent().text("We build mobile apps; open to a chat?").build(),
            mail("o1r").at("2026-10-09T10:00").from("cold@out.com").to(OWNER).build(),
            mail("o2").at("2026-10-10T10:00").from(OWNER).to("cold2@out2.com").sent().text("We build portals; could I show you one?").build(),
            // October: meetings and calls
            event("meet1").at("2026-10-12T10:00").minutes(60).organizer(OWNER).attendees("a@in1.ru").title("Встреча с In1").build(),
            event("call1").at("2026-10-14T10:00").organizer(OWNER).attendees("c@ref.ru").title("Созвон").build(),
            event("call2").at("2026-10-15T10:00").organizer(OWNER).mentions("b@in2.ru").title("Позвонить b@in2.ru").build(),
            // October: deals
            mail("s3").at("2026-10-20T10:00").from("old@sept.ru").to(OWNER).text("Great, contract signed!").build(),
            event("w2c").at("2026-10-21T10:00").organizer(OWNER).mentions("rub@won2.ru").title("Deal rub@won2.ru #won").build(),
            // October: the owner's own events
            event("conf").allDay("2026-10-16").organizer(OWNER).title("Конференция DevDays: доклад").build(),
            event("plan").at("2026-10-19T10:00").minutes(60).recurring().organizer(OWNER)
                    .attendees(COLLEAGUE, "c_1@resource.calendar.google.com").title("Планёрка").build(),
            event("trip").at("2026-10-22T08:00").minutes(120).organizer(OWNER).title("Trip to Kazan").build(),
            event("dent").at("2026-10-23T08:00").minutes(30).organizer(OWNER).title("Dentist").build(),
            event("offs").at("2026-10-26T10:00").minutes(240).organizer(OWNER).attendees(COLLEAGUE).title("Offsite").build());

    static final List<Activity> IN_ORDER = WORLD.stream().sorted(Chronology.ORDER).toList();

    static LeadInference inference;
    static MonthlyReport report;

    @BeforeAll
    static void build() throws IOException {
        IdentityRules rules = IdentityRules.load(Acts.DEFAULTS).with(Set.of(), Set.of(), Set.of("partnerhub.io"));
        inference = new LeadInference(Identity.infer(WORLD, rules), Vocabulary.load(Acts.DEFAULTS), Acts.ZONE);
        report = new MonthlyReports().build(YearMonth.of(2026, 10), IN_ORDER, inference, Acts.ZONE, t("2026-11-01T06:00"));
    }

    private static Set<String> keys(List<MonthlyReport.LeadRef> leads) {
        return Set.copyOf(leads.stream().map(MonthlyReport.LeadRef::key).toList());
    }

    @Test
    void incomingBySourceAndEngaged() {
        assertEquals("2026-10", report.month());
        assertEquals(4, report.incoming().count());
        assertEquals(Map.of(LeadSource.INBOUND, 2, LeadSource.REFERRAL, 1, LeadSource.PARTNER, 1), report.incoming().bySource());
        assertEquals(Set.of("in1.ru", "in2.ru", "ref.ru", "viapartner.com"), keys(report.incoming().leads()));
        assertEquals(2, report.engaged().count());
        assertEquals(Set.of("in1.ru", "ref.ru"), keys(report.engaged().leads()));
    }

    @Test
    void wonWithAmountsPerCurrency() {
        assertEquals(2, report.won().count());
        assertEquals(Set.of("sept.ru", "won2.ru"), keys(report.won().leads()));
        assertEquals(List.of(new Money(new BigDecimal("1200000"), "RUB"), new Money(new BigDecimal("40000"), "USD")),
                report.won().amounts());
    }

    @Test
    void maturingOutboundAndForecast() {
        assertEquals(1, report.maturing().size());
        MonthlyReport.Maturing maybe = report.maturing().get(0);
        assertEquals("maybe.ru", maybe.lead().key());
        assertEquals(new Money(new BigDecimal("500000"), "RUB"), maybe.budget());
        assertEquals(6, maybe.teamSize());

        assertEquals(2, report.outbound().count());
        assertEquals(1, report.outbound().engaged());
        assertEquals(Set.of("out.com", "out2.com"), keys(report.outbound().leads()));

        assertEquals(new MonthlyReport.ForecastAccuracy(2, 1, 0.5), report.forecastAccuracy());
        assertEquals(new MonthlyReport.Change(3, 4, 1), report.monthOverMonth().incoming());
        assertEquals(new MonthlyReport.Change(0, 2, 2), report.monthOverMonth().won());
    }

    @Test
    void theMonthBeforeReadFromItsOwnReportGivesTheSameReport() {
        MonthlyReport september = new MonthlyReports().build(YearMonth.of(2026, 9), IN_ORDER, inference, Acts.ZONE,
                t("2026-10-01T06:00"));
        assertEquals(report, new MonthlyReports().build(YearMonth.of(2026, 10), IN_ORDER, inference, Acts.ZONE,
                t("2026-11-01T06:00"), september));
        assertThrows(IllegalArgumentException.class, () -> new MonthlyReports().build(YearMonth.of(2026, 11), IN_ORDER,
                inference, Acts.ZONE, t("2026-12-01T06:00"), september));
    }

    @Test
    void trendCountsEachMonthAsKnownAtTheEndOfThisOne() {
        List<MonthlyReport.TrendPoint> trend = report.trend();
        assertEquals(MonthlyReports.TREND_MONTHS, trend.size());
        assertEquals(new MonthlyReport.TrendPoint("2025-11", 0, 0, 0), trend.get(0));
        assertEquals(new MonthlyReport.TrendPoint("2026-09", 3, 3, 0), trend.get(10));
        assertEquals(new MonthlyReport.TrendPoint("2026-10", 4, 2, 2), trend.get(11));
    }

    @Test
    void activitiesOfTheMonth() {
        assertEquals(2, report.activities().meetings());
        assertEquals(2, report.activities().calls());
        assertEquals(List.of(
                        new MonthlyReport.Notable("2026-10-16", "Конференция DevDays: доклад"),
                        new MonthlyReport.Notable("2026-10-22", "Trip to Kazan"),
                        new MonthlyReport.Notable("2026-10-26", "Offsite")),
                report.activities().notable());
    }

    @Test
    void conversionBySourceCountsEveryLeadSoFar() {
        assertEquals(new MonthlyReport.Conversion(5, 4, 2), report.conversionBySource().get(LeadSource.INBOUND));
        assertEquals(new MonthlyReport.Conversion(1, 1, 0), report.conversionBySource().get(LeadSource.REFERRAL));
        assertEquals(new MonthlyReport.Conversion(1, 0, 0), report.conversionBySource().get(LeadSource.PARTNER));
        assertEquals(new MonthlyReport.Conversion(2, 1, 0), report.conversionBySource().get(LeadSource.OUTBOUND));
    }

    @Test
    void jsonHasTheContractShape() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode json = mapper.readTree(mapper.writeValueAsString(report));
        assertEquals("2026-10", json.get("month").asText());
        assertEquals("2026-11-01T03:00:00Z", json.get("generatedAt").asText());
        assertEquals(2, json.at("/incoming/bySource/INBOUND").asInt());
        assertEquals("RUB", json.at("/won/amounts/0/currency").asText());
        assertTrue(json.at("/won/amounts/0/amount").isNumber());
        assertTrue(json.at("/incoming/leads/0/id").isTextual());
        assertTrue(json.at("/maturing/0/lead/name").isTextual());
        assertEquals(2, json.at("/activities/meetings").asInt());
        assertEquals("2026-10-16", json.at("/activities/notable/0/date").asText());
        assertEquals(0.5, json.at("/forecastAccuracy/ratio").asDouble());
    }
}
