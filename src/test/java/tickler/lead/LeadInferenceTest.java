package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;
import static tickler.testkit.Acts.t;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tickler.activity.Activity;
import tickler.identity.Identity;
import tickler.identity.IdentityRules;
import tickler.testkit.Acts;

class LeadInferenceTest {

    static final String OWNER = "Olga <olga@sellwell.io>";
    static final String VASYA = "Vasya (Otkat Kontora) <vasya@otkat.ru>";

    /** The owner's first Sent message makes her the owner in every world below. */
    static Activity ownerIntro() {
        return mail("intro").at("2026-09-01T09:00").from(OWNER).to("petr@sellwell.io").sent().title("Hi team").build();
    }

    static Pipeline infer(String now, Activity... activities) {
        List<Activity> all = new java.util.ArrayList<>(Arrays.asList(activities));
        all.add(ownerIntro());
        return inference(all).infer(all, t(now));
    }

    static LeadInference inference(List<Activity> all) {
        return new LeadInference(Identity.infer(all, Defaults.RULES), Defaults.VOCABULARY, Acts.ZONE);
    }

    /**
     * The default word lists, compiled once for every world of the tests: compiling them takes longer than reading
     * a small world, and the phrase banks read thousands of worlds.
     */
    private static final class Defaults {
        static final IdentityRules RULES;
        static final Vocabulary VOCABULARY;

        static {
            try {
                RULES = IdentityRules.load(Acts.DEFAULTS).with(Set.of(), Set.of(), Set.of("partnerhub.io"));
                VOCABULARY = Vocabulary.load(Acts.DEFAULTS);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static Lead lead(Pipeline pipeline, String key) {
        return pipeline.byKey(key).orElseThrow(() -> new AssertionError("no lead " + key + " in " + pipeline.leads()));
    }

    @Test
    void anInferenceThatReadAnActivityReadsItAgainOnceItIsEdited() {
        Activity ask = mail("ask").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("We need a mobile app, what would it cost?").build();
        Activity reply = mail("reply").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent().text("Happy to help, let's talk.").build();
        Activity edited = mail("reply").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                .text("Our proposal: $40,000 for the app, fixed price.").build();
        List<Activity> before = List.of(ask, reply, ownerIntro());
        List<Activity> after = List.of(ask, edited, ownerIntro());
        LeadInference inference = inference(before);

        assertEquals(Stage.ENGAGED, lead(inference.infer(before, t("2026-10-05T12:00")), "otkat.ru").stage());
        Lead read = lead(inference.infer(after, t("2026-10-05T12:00")), "otkat.ru");
        assertEquals(Stage.PROPOSAL, read.stage());
        assertEquals(new Money(new java.math.BigDecimal("40000"), "USD"), read.budget());
    }

    @Test
    void theOwnersScreeningTemplateIsNoBudgetNorPriceButOtherSentencesStay() {
        Pipeline screened = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("We need a booking app; we usually need at least 4 developers.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Спасибо за письмо. Мы работаем с проектами от 1 млн руб. Our projects usually start at $30k.").build());
        Lead otkat = lead(screened, "otkat.ru");
        assertNull(otkat.budget());
        assertEquals(4, otkat.teamSize());
        assertEquals(Stage.ENGAGED, otkat.stage());

        Pipeline average = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен портал для дилеров.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Благодарим за обращение. Средний бюджет наших проектов — 1–3 млн руб. Уточните ваши ожидания по срокам.").build());
        assertNull(lead(average, "otkat.ru").budget());

        Pipeline priced = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("We need a booking app.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Thanks! We work with projects from $50,000.\nOur price for you is $80,000.").build());
        assertEquals(new Money(new BigDecimal("80000"), "USD"), lead(priced, "otkat.ru").budget());
        assertEquals(Stage.PROPOSAL, lead(priced, "otkat.ru").stage());
    }

    /** The owner's estimate "from" a sum is the price it starts at, not the studio's floor. */
    @Test
    void anEstimateFromASumIsAPrice() {
        Pipeline estimated = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен портал для дилеров.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Добрый день. Предварительная оценка — от 8 250 000 рублей, точнее скажем после аналитики. Предложение приложено.").build());
        assertEquals(new Money(new BigDecimal("8250000"), "RUB"), lead(estimated, "otkat.ru").budget());
        assertEquals(Stage.PROPOSAL, lead(estimated, "otkat.ru").stage());
    }

    /**
     * The owner's usual size of a job, "north of" a sum or "about" one, or a sum the lead is asked to be under or over, is the
     * screening template: no budget, no proposal.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Hiya, cheers for the enquiry! Before anything else — rough budget? rough date? Doesn't need to be exact."
            + " We mostly do jobs north of £8k, so worth knowing early.",
            "hi! thanks for the ping 🙂 quick q's before a call: budget? deadline? who else is on your side? our usual project size"
                    + " is about $15,000, so good to sync on that early.",
            "hi! thx for the message. usual min for us is 5k EUR, smaller stuff I pass to freelancer friends. whats your timeframe?",
            "Canned reply, sorry: I only take projects over $12,000. If that works, send me your dates.",
            "Спасибо за заявку! Чтобы понимать масштаб: типовой проект у нас — около 450 тыс. рублей. Какие у вас сроки?",
            "здравствуйте, спасибо за заявку! подскажите бюджет и сроки пожалуйста, от этого зависит какой вариант вам предложим. мин. чек у нас 300 тыс. рублей",
            "Спасибо за интерес. Если откровенно, наши проекты начинаются примерно с 300 тыс. рублей.",
            "Received, thank you. Note: the lowest project we accept is €10,000.",
            "Здравствуйте! Проекты мы берём от 300 тыс. рублей; если это вам подходит — давайте созвонимся.",
            "Благодарим за интерес к нашей студии. Стоимость разработки MVP у нас стартует от 300 тыс. рублей.",
            "Спасибо, что вышли на связь! Прежде чем назначать звонок — небольшой ориентир: типичная стартовая сумма у нас 300 тыс. рублей.",
            "I'm travelling this week, so a quick one: are you thinking of something under or over $20k, and is there a fixed deadline?",
            "Коротко: вы рассчитываете больше или меньше 2 млн рублей? И есть ли жёсткий срок?",
            "Hi Hannah — thanks! Quick filter question I ask everyone: is your budget above $20k? If yes, let's talk this week."})
    void theOwnersUsualJobIsNoPrice(String screening) {
        Pipeline screened = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("We need a booking app.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent().text(screening).build());
        assertNull(lead(screened, "otkat.ru").budget());
        assertEquals(Stage.ENGAGED, lead(screened, "otkat.ru").stage());
    }

    /** Sums offered as the answers to the owner's question about the lead's budget are no price; a sum after "does it fit?" is. */
    @Test
    void sumsOfferedAsAnswersToTheOwnersBudgetQuestionAreNoPrice() {
        Pipeline asked = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("We need a booking app.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Thanks! Is there a budget range you have in mind? A rough one is enough: below 20k, 20–60k, above.").build(),
                mail("c").at("2026-10-03T10:00").from("Ivan <ivan@byn.by>").to(OWNER).text("Нужен бот для автосервиса.").build(),
                mail("d").at("2026-10-04T10:00").from(OWNER).to("ivan@byn.by").sent()
                        .text("Какой у вас бюджет? Хотя бы порядок: до 500 тысяч, до миллиона или больше.").build());
        assertNull(lead(asked, "otkat.ru").budget());
        assertNull(lead(asked, "byn.by").budget());

        Pipeline fits = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен портал для дилеров.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Вам это по бюджету? Коротко по смете: 4150 тыс. руб., около четырёх месяцев.").build());
        assertEquals(new Money(new BigDecimal("4150000"), "RUB"), lead(fits, "otkat.ru").budget());

        Pipeline quoted = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен бот для гостиницы. В этом году можем потратить 1,1 млн ₽.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Кстати, какой бюджет закладываете? Итак, по боту: 95 тыс. рублей, сдаём за три недели. Админка входит.").build());
        assertEquals(new Money(new BigDecimal("95000"), "RUB"), lead(quoted, "otkat.ru").budget(), "a sum with the time the work takes is a quote");

        Pipeline terms = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен портал для дилеров.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Спасибо! Стоимость разработки у нас — от 900 тысяч рублей. Если подходит, пришлите описание.").build());
        assertNull(lead(terms, "otkat.ru").budget());
        assertEquals(Stage.ENGAGED, lead(terms, "otkat.ru").stage());
    }

    /**
     * A comparative just before a sum is the studio's floor ("меньше 5 млн тенге мы практически не берём"); after the
     * sum it revises the price ("Новая цена — $210,000, на треть меньше", "Там 2.1M RUB, … если надо дешевле").
     */
    @Test
    void aComparativeBeforeASumIsTheFloorAfterItThePriceStands() {
        Pipeline pipeline = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен портал для дилеров.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Коротко: меньше 5 млн тенге мы практически не берём. Какой у вас бюджет?").build(),
                mail("c").at("2026-10-03T10:00").from("Ivan <ivan@byn.by>").to(OWNER).text("Нужен бот для автосервиса.").build(),
                mail("d").at("2026-10-04T10:00").from(OWNER).to("ivan@byn.by").sent()
                        .text("Наше предложение — 4,5 млн тенге.").build(),
                mail("e").at("2026-10-06T10:00").from(OWNER).to("ivan@byn.by").sent()
                        .text("Хорошая новость: нашли готовый модуль. Новая цена — $210,000, на треть меньше.").build(),
                mail("f").at("2026-10-07T10:00").from("Olga <olga@parus.ru>").to(OWNER).text("Нужна CRM.").build(),
                mail("g").at("2026-10-08T10:00").from(OWNER).to("olga@parus.ru").sent()
                        .text("Смету выслал. Там 2.1M RUB, но я расписал, что можно выкинуть, если надо дешевле.").build());
        assertNull(lead(pipeline, "otkat.ru").budget());
        assertEquals(Stage.ENGAGED, lead(pipeline, "otkat.ru").stage());
        assertEquals(new Money(new BigDecimal("210000"), "USD"), lead(pipeline, "byn.by").budget());
        assertEquals(new Money(new BigDecimal("2100000"), "RUB"), lead(pipeline, "parus.ru").budget());
        assertEquals(Stage.PROPOSAL, lead(pipeline, "parus.ru").stage());
    }

    /** "Rs." and lakhs in a negotiation held in Pakistani rupees are Pakistani rupees; in one with no currency yet, Indian. */
    @Test
    void rupeesWithoutTheirCountryAreThoseOfTheNegotiation() {
        Pipeline pipeline = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("We need a booking app. Our budget is PKR 4.5 million.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent().text("Our proposal is attached.").build(),
                mail("c").at("2026-10-03T10:00").from(VASYA).to(OWNER).text("Could you do it for Rs. 3,200,000?").build(),
                mail("d").at("2026-10-04T10:00").from("Ivan <ivan@byn.by>").to(OWNER).text("We need a shop. PKR 45 lakh is what we have.").build(),
                mail("e").at("2026-10-05T10:00").from("Ivan <ivan@byn.by>").to(OWNER).text("Sorry, 32 lakh is our limit now.").build(),
                mail("f").at("2026-10-06T10:00").from("Olga <olga@parus.in>").to(OWNER).text("We need a CRM. Budget Rs. 12 lakh.").build());
        assertEquals(new Money(new BigDecimal("3200000"), "PKR"), lead(pipeline, "otkat.ru").budget());
        assertEquals(new Money(new BigDecimal("3200000"), "PKR"), lead(pipeline, "byn.by").budget());
        assertEquals(new Money(new BigDecimal("1200000"), "INR"), lead(pipeline, "parus.in").budget());
    }

    /** A bare figure the lead offers back counts thousands of the negotiation's currency when its figure ran to thousands. */
    @Test
    void aBareFigureOfferedBackCountsTheNegotiationsThousands() {
        Pipeline pipeline = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужно приложение для мастерской.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent().text("Цена вопроса — 650 тыс. рублей.").build(),
                mail("c").at("2026-10-03T10:00").from(VASYA).to(OWNER).text("Ну вы загнули 😅 Давайте за сто двадцать, и по рукам?").build(),
                mail("d").at("2026-10-04T10:00").from("Ivan <ivan@byn.by>").to(OWNER).text("We need a shop.").build(),
                mail("e").at("2026-10-05T10:00").from(OWNER).to("Ivan <ivan@byn.by>").sent().text("Our price is $95.").build(),
                mail("f").at("2026-10-06T10:00").from("Ivan <ivan@byn.by>").to(OWNER).text("Could you do it for 80?").build(),
                mail("g").at("2026-10-07T10:00").from("Olga <olga@parus.ru>").to(OWNER).text("Нужен интернет-магазин, бюджет 300 тысяч рублей.").build(),
                mail("h").at("2026-10-08T10:00").from("Olga <olga@parus.ru>").to(OWNER).text("Давайте за 2 недели, и по рукам?").build());
        assertEquals(new Money(new BigDecimal("120000"), "RUB"), lead(pipeline, "otkat.ru").budget());
        assertEquals(new Money(new BigDecimal("95"), "USD"), lead(pipeline, "byn.by").budget(), "no thousands where the figure before had none");
        assertEquals(new Money(new BigDecimal("300000"), "RUB"), lead(pipeline, "parus.ru").budget());
    }

    @Test
    void aPriceAfterTheScreeningTemplateInOneRunOnSentenceStays() {
        Pipeline pipeline = infer("2026-10-25T12:00",
                mail("a").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужно расширение для браузера.").build(),
                mail("b").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Сразу обозначу: наши проекты начинаются от 1,5 млн руб. короч, прошлись по фигме, выходит в районе $101,000.")
                        .build(),
                mail("c").at("2026-10-03T10:00").from("Ivan <ivan@byn.by>").to(OWNER).text("Нужен бот для автосервиса.").build(),
                mail("d").at("2026-10-04T10:00").from(OWNER).to("ivan@byn.by").sent()
                        .text("Полная разработка — 95 тыс. BYN. Можем сделать и урезанный первый этап.").build());
        assertEquals(new Money(new BigDecimal("101000"), "USD"), lead(pipeline, "otkat.ru").budget());
        assertEquals(new Money(new BigDecimal("95000"), "BYN"), lead(pipeline, "byn.by").budget());
    }

    @Test
    void inboundLeadWithTwoContactsOfOneOrganisation() {
        Activity m1 = mail("m1").at("2026-10-01T10:00").from(VASYA).to(OWNER).cc("Petya <petya@mail.otkat.ru>")
                .title("Website").text("We need a new website").build();
        Pipeline pipeline = infer("2026-10-10T12:00", m1,
                mail("m2").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent().title("Re: Website").text("Happy to help").build());

        assertEquals(1, pipeline.leads().size());
        Lead otkat = lead(pipeline, "otkat.ru");
        assertEquals("Otkat Kontora", otkat.name());
        assertEquals(List.of("vasya@otkat.ru", "petya@mail.otkat.ru"), otkat.contacts());
        assertEquals(LeadSource.INBOUND, otkat.source());
        assertEquals(Stage.ENGAGED, otkat.stage());
        assertEquals(t("2026-10-02T10:00"), otkat.engagedAt());
        assertEquals("msg:m2", otkat.evidence().get("stage").activityKey());
        assertEquals(t("2026-10-01T10:00"), otkat.firstTouchAt());
        assertEquals(t("2026-10-02T10:00"), otkat.lastActivityAt());
        assertEquals(otkat, pipeline.byId(otkat.id()).orElseThrow());
        assertTrue(otkat.id().matches("[0-9a-f]{12}"));
        assertEquals(List.of("msg:m2", "msg:m1"), pipeline.timeline("otkat.ru").stream().map(Activity::key).toList());
        assertEquals(Set.of("otkat.ru"), pipeline.leadKeysOf(m1));
        assertEquals(Evidence.Confidence.HIGH, pipeline.linkConfidence("otkat.ru", m1));
    }

    @Test
    void colleaguesMachinesListsAndCalendarResourcesAreNotLeads() {
        Activity list = mail("l").at("2026-10-01T12:00").from("news@digest.io").to(OWNER)
                .header("List-Id", "<weekly.digest.io>").build();
        Pipeline pipeline = infer("2026-10-10T12:00",
                mail("c").at("2026-10-01T10:00").from("petr@sellwell.io").to(OWNER).title("Lunch?").build(),
                mail("n").at("2026-10-01T11:00").from("noreply@bank-notify.ru").to(OWNER).title("Statement").build(),
                list,
                event("e").at("2026-10-02T10:00").organizer(OWNER)
                        .attendees("petr@sellwell.io", "Room 1 <c_1888@resource.calendar.google.com>").title("Planning").build());
        assertEquals(List.of(), pipeline.leads());
        assertEquals(Set.of(), pipeline.leadKeysOf(list));
    }

    @Test
    void twoPeopleOnFreeMailAreTwoLeads() {
        Pipeline pipeline = infer("2026-10-10T12:00",
                mail("a").at("2026-10-01T10:00").from("Ivan Petrov <ivan.petrov@gmail.com>").to(OWNER).text("Нужен сайт").build(),
                mail("b").at("2026-10-01T11:00").from("Masha <masha.k@gmail.com>").to(OWNER).text("Do you build apps?").build());
        assertEquals(Set.of("ivan.petrov@gmail.com", "masha.k@gmail.com"),
                Set.copyOf(pipeline.leads().stream().map(Lead::key).toList()));
        assertEquals("Ivan Petrov", lead(pipeline, "ivan.petrov@gmail.com").name());
    }

    @Test
    void sources() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("p").at("2026-10-01T10:00").from("Kate <kate@partnerhub.io>").to(OWNER).cc("boss@bigfish.com")
                        .title("Intro: Big Fish").build(),
                mail("r1").at("2026-10-02T10:00").from("anna@lighthouse.de").to(OWNER)
                        .text("Hello, you were recommended by our friends at Acme.").build(),
                mail("r2").at("2026-10-03T10:00").from("Сергей <sergey@zavod.ru>").to(OWNER)
                        .text("Добрый день! Нам вас порекомендовали коллеги.").build(),
                mail("i").at("2026-10-04T10:00").from("ceo@startup.io").to(OWNER).text("Do you build apps?").build(),
                mail("o1").at("2026-10-05T10:00").from(OWNER).to("cto@coldlead.com").sent().text("May I show you our work?").build(),
                mail("o1r").at("2026-10-06T10:00").from("cto@coldlead.com").to(OWNER).text("Sure").build(),
                event("o2").at("2026-10-07T10:00").organizer(OWNER).mentions("dima@remindme.ru")
                        .title("Remind Dima from Remindme dima@remindme.ru").build(),
                mail("o2r").at("2026-10-08T10:00").from("dima@remindme.ru").to(OWNER).text("Hi").build());

        assertEquals(LeadSource.PARTNER, lead(pipeline, "bigfish.com").source());
        assertTrue(pipeline.byKey("partnerhub.io").isEmpty());
        assertEquals(LeadSource.REFERRAL, lead(pipeline, "lighthouse.de").source());
        assertEquals("you were recommended", lead(pipeline, "lighthouse.de").evidence().get("source").quote());
        assertEquals(LeadSource.REFERRAL, lead(pipeline, "zavod.ru").source());
        assertEquals("порекомендовали", lead(pipeline, "zavod.ru").evidence().get("source").quote());
        assertEquals(LeadSource.INBOUND, lead(pipeline, "startup.io").source());
        assertEquals(LeadSource.OUTBOUND, lead(pipeline, "coldlead.com").source());
        assertEquals(Stage.ENGAGED, lead(pipeline, "coldlead.com").stage());
        assertEquals(LeadSource.OUTBOUND, lead(pipeline, "remindme.ru").source());
        assertEquals("evt:o2", lead(pipeline, "remindme.ru").evidence().get("source").activityKey());
        assertFalse(pipeline.isMeeting(pipeline.timeline("remindme.ru").get(1)));
    }

    @Test
    void aKnownThirdPartyIntroducingALeadIsAReferral() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("k").at("2026-10-01T10:00").from("old.client@gmail.com").to(OWNER).text("Thanks for the work!").build(),
                mail("x").at("2026-10-05T10:00").from("old.client@gmail.com").to(OWNER, "lena@newco.ru")
                        .title("Introducing Lena").build());
        assertEquals(LeadSource.REFERRAL, lead(pipeline, "newco.ru").source());
    }

    @Test
    void stagesWithTheirEvidenceInRussianWordForms() {
        Pipeline pipeline = infer("2026-11-20T12:00",
                // MEETING: a meeting with the lead as attendee that has started
                mail("m0").at("2026-10-01T15:00").from("ceo@meet.ru").to(OWNER).text("Хотим обсудить разработку портала").build(),
                event("m").at("2026-10-05T15:00").organizer(OWNER).attendees("ceo@meet.ru").title("Знакомство").build(),
                // PROPOSAL from the owner's words in another form
                mail("p1").at("2026-10-01T10:00").from("ivan@prop.ru").to(OWNER).text("Пришлите коммерческое предложение").build(),
                mail("p2").at("2026-10-02T10:00").from(OWNER).to("ivan@prop.ru").sent()
                        .text("Делюсь коммерческим предложением по проекту").build(),
                // asking for a proposal is not one
                mail("a1").at("2026-10-01T10:00").from("olya@ask.ru").to(OWNER).text("Пришлите, пожалуйста, КП").build(),
                mail("a2").at("2026-10-01T12:00").from(OWNER).to("olya@ask.ru").sent().text("Хорошо, подготовлю").build(),
                // PROPOSAL by attachment
                mail("f0").at("2026-10-02T10:00").from("max@file.io").to(OWNER).text("Can you quote a redesign?").build(),
                mail("f1").at("2026-10-03T10:00").from(OWNER).to("max@file.io").sent().attachment("offer.pdf").build(),
                // WON by a phrase from the lead, LOST by a decline, WON by a tag in the calendar
                mail("w0").at("2026-10-01T10:00").from("kolya@winner.ru").to(OWNER).text("Нужна CRM").build(),
                mail("l0").at("2026-10-01T10:00").from("nina@loser.ru").to(OWNER).text("Ищем подрядчика на приложение").build(),
                mail("w1").at("2026-10-03T10:00").from("kolya@winner.ru").to(OWNER).text("Договор подписан, начинаем!").build(),
                mail("l1").at("2026-10-03T10:00").from("nina@loser.ru").to(OWNER).text("Мы выбрали другого подрядчика.").build(),
                event("t1").at("2026-10-10T10:00").organizer(OWNER).attendees("boss@tagged.com").title("Kickoff #won").build());

        assertEquals(Stage.MEETING, lead(pipeline, "meet.ru").stage());
        assertEquals(t("2026-10-05T15:00"), lead(pipeline, "meet.ru").engagedAt());
        assertEquals(Stage.PROPOSAL, lead(pipeline, "prop.ru").stage());
        assertEquals("коммерческим предложением", lead(pipeline, "prop.ru").evidence().get("stage").quote());
        assertEquals("msg:p2", lead(pipeline, "prop.ru").evidence().get("stage").activityKey());
        assertEquals(Stage.ENGAGED, lead(pipeline, "ask.ru").stage());
        assertEquals(Stage.PROPOSAL, lead(pipeline, "file.io").stage());
        assertEquals("attachment offer.pdf", lead(pipeline, "file.io").evidence().get("stage").quote());
        assertEquals(Stage.WON, lead(pipeline, "winner.ru").stage());
        assertEquals("Договор подписан", lead(pipeline, "winner.ru").evidence().get("stage").quote());
        assertEquals(Stage.LOST, lead(pipeline, "loser.ru").stage());
        assertEquals("выбрали другого подрядчика", lead(pipeline, "loser.ru").evidence().get("stage").quote());
        assertEquals(Stage.WON, lead(pipeline, "tagged.com").stage());
        assertEquals("evt:t1", lead(pipeline, "tagged.com").evidence().get("stage").activityKey());
        assertEquals(Stage.PROPOSAL, pipeline.leads().get(0).stage());
    }

    @Test
    void aSumTheOwnerNamesAsItsPriceIsAnEstimateTheScreeningMinimumIsNot() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("a1").at("2026-10-01T10:00").from("max@priced.com").to(OWNER).text("We need a booking app.").build(),
                mail("a2").at("2026-10-02T10:00").from(OWNER).to("max@priced.com").sent()
                        .text("Short version: we can build it for about £60k. Breakdown in the doc.").build(),
                mail("b1").at("2026-10-01T10:00").from("olga@screened.ru").to(OWNER).text("Нужен сайт для клиники.").build(),
                mail("b2").at("2026-10-02T10:00").from(OWNER).to("olga@screened.ru").sent()
                        .text("Спасибо! Мы работаем с проектами от 2 млн рублей.").build());
        assertEquals(Stage.PROPOSAL, lead(pipeline, "priced.com").stage());
        assertEquals("build it for … £60k", lead(pipeline, "priced.com").evidence().get("stage").quote());
        assertEquals(Stage.ENGAGED, lead(pipeline, "screened.ru").stage());
    }

    @Test
    void aProposalPromisedIsNotAProposalSent() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("a1").at("2026-10-01T10:00").from("max@promised.com").to(OWNER).text("We need a booking app.").build(),
                mail("a2").at("2026-10-02T10:00").from(OWNER).to("max@promised.com").sent()
                        .text("Thanks for your time today. As agreed, I'll send over the proposal by Friday.").build(),
                mail("b1").at("2026-10-01T10:00").from("olga@promised.ru").to(OWNER).text("Нужен сайт для клиники.").build(),
                mail("b2").at("2026-10-02T10:00").from(OWNER).to("olga@promised.ru").sent()
                        .text("Спасибо за встречу! Как договорились, пришлю предложение до пятницы.").build(),
                mail("b3").at("2026-10-06T10:00").from(OWNER).to("olga@promised.ru").sent()
                        .text("Направляю коммерческое предложение.").build());
        assertEquals(Stage.ENGAGED, lead(pipeline, "promised.com").stage());
        assertEquals(Stage.PROPOSAL, lead(pipeline, "promised.ru").stage());
        assertEquals("msg:b3", lead(pipeline, "promised.ru").evidence().get("stage").activityKey());
    }

    @Test
    void aPromiseToldEarlyInItsSentenceIsNotAProposalEither() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("a1").at("2026-10-01T10:00").from("max@later.com").to(OWNER).text("We need a booking app.").build(),
                mail("a2").at("2026-10-02T10:00").from(OWNER).to("max@later.com").sent()
                        .text("Good to meet you. I'll follow up with a timeline and cost estimate by Wednesday.").build(),
                mail("b1").at("2026-10-01T10:00").from("kim@options.com").to(OWNER).text("We need a booking app.").build(),
                mail("b2").at("2026-10-02T10:00").from(OWNER).to("kim@options.com").sent()
                        .text("We'll prepare two options, fixed price and T&M, as discussed.").build());
        assertEquals(Stage.ENGAGED, lead(pipeline, "later.com").stage());
        assertEquals(Stage.ENGAGED, lead(pipeline, "options.com").stage());
    }

    @Test
    void budgetIsTheLatestAmountOfTheLeadOrOfTheOwnersProposal() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("b1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Our budget is $120,000. We need a team of 4.").build(),
                mail("b2").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Thanks! We work with projects from $50,000. Let's talk.").build(),
                mail("b3").at("2026-10-03T10:00").from(OWNER).to("other@elsewhere.com").sent().text("That is 1.2M RUB").build(),
                mail("b4").at("2026-10-04T10:00").from("broker@third.ru").to(OWNER).cc(VASYA).text("Сделка на 3,5 млн руб").build());
        Lead otkat = lead(pipeline, "otkat.ru");
        assertEquals(new Money(new BigDecimal("120000"), "USD"), otkat.budget());
        assertEquals("$120,000", otkat.evidence().get("budget").quote());
        assertEquals(4, otkat.teamSize());
        assertEquals("team of 4", otkat.evidence().get("teamSize").quote());

        Pipeline later = infer("2026-10-20T12:00",
                mail("b1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Our budget is $120,000").build(),
                mail("b5").at("2026-10-05T10:00").from(OWNER).to(VASYA).sent()
                        .text("Высылаю коммерческое предложение: 3,5 млн руб").build(),
                event("b6").at("2026-10-06T10:00").organizer(OWNER).attendees(VASYA)
                        .title("Otkat: обсуждение").text("Команда из 3 человек").build());
        assertEquals(new Money(new BigDecimal("3500000"), "RUB"), lead(later, "otkat.ru").budget());
        assertEquals(3, lead(later, "otkat.ru").teamSize());
    }

    /** Working alone is a team of one in the owner's words, the size of the lead's own business in its own. */
    @Test
    void workingAloneIsATeamOnlyInTheOwnersWords() {
        Pipeline leadAlone = infer("2026-10-20T12:00",
                mail("w1").at("2026-10-01T10:00").from(VASYA).to(OWNER)
                        .text("Добрый день! Я фотограф, работаю одна. Нужен сайт-портфолио с записью на съёмку.").build());
        assertNull(lead(leadAlone, "otkat.ru").teamSize());

        Pipeline ownerAlone = infer("2026-10-20T12:00",
                mail("w1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен сайт-портфолио с записью на съёмку.").build(),
                mail("w2").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Я работаю один, так что всё сделаю сам, от макета до запуска.").build());
        assertEquals(1, lead(ownerAlone, "otkat.ru").teamSize());
    }

    @Test
    void aSumWrittenWithoutItsCurrencyInEnglishIsInTheVocabularysUnwrittenCurrencyAndAFloorIsNone() {
        Pipeline note = infer("2026-10-20T12:00",
                mail("u1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("We need a B2B portal.").build(),
                event("u2").at("2026-10-03T10:00").organizer(OWNER).attendees(VASYA)
                        .title("Call").text("B2B portal, SAP integration. budget 150k. team 6 incl QA").build());
        assertEquals(new Money(new BigDecimal("150000"), "USD"), lead(note, "otkat.ru").budget());
        assertEquals(6, lead(note, "otkat.ru").teamSize());

        Pipeline floor = infer("2026-10-20T12:00",
                mail("f1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Can you build a Shopify integration?").build(),
                mail("f2").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Happy to discuss. Just to be upfront, anything under 35K is hard for us to take on.").build());
        assertNull(lead(floor, "otkat.ru").budget());

        Pipeline begins = infer("2026-10-20T12:00",
                mail("b1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Can you build a Shopify integration?").build(),
                mail("b2").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent()
                        .text("Thanks. A full product build with us typically begins at 50k, prototypes a bit less.").build());
        assertNull(lead(begins, "otkat.ru").budget());
    }

    @Test
    void nameOnlyEventsLinkAKnownLeadWithLowConfidenceAndBecomeNextSteps() {
        Activity early = event("early").at("2026-09-20T10:00").organizer(OWNER).title("Think about Otkat Kontora").build();
        Activity reminder = event("r1").at("2026-10-12T10:00").created("2026-10-02T09:00").organizer(OWNER)
                .title("Позвонить в Otkat Kontora").build();
        Pipeline pipeline = infer("2026-10-10T12:00", early,
                mail("m1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Hello").build(),
                reminder,
                event("r2").at("2026-10-11T10:00").created("2026-10-11T09:00").organizer(OWNER)
                        .title("Call Otkat again").build());
        Lead otkat = lead(pipeline, "otkat.ru");
        assertEquals(Evidence.Confidence.LOW, pipeline.linkConfidence("otkat.ru", reminder));
        assertNull(pipeline.linkConfidence("otkat.ru", early));
        assertEquals(t("2026-10-12T10:00"), otkat.nextStepAt());
        assertEquals(Evidence.Confidence.LOW, otkat.evidence().get("nextStep").confidence());
        assertFalse(pipeline.timeline("otkat.ru").stream().anyMatch(a -> a.key().equals("evt:r2")));
    }

    @Test
    void forgottenLeadsHaveNoNextStepAndNothingForTwoWeeks() {
        Pipeline pipeline = infer("2026-10-30T12:00",
                mail("f").at("2026-10-01T10:00").from("lost.soul@quiet.ru").to(OWNER).text("Need a website").build(),
                mail("g").at("2026-10-01T10:00").from("busy@planned.ru").to(OWNER).text("Need a website").build(),
                event("g2").at("2026-11-05T10:00").created("2026-10-02T10:00").organizer(OWNER).mentions("busy@planned.ru")
                        .title("Remind busy@planned.ru").build(),
                mail("h").at("2026-10-25T10:00").from("fresh@recent.ru").to(OWNER).text("Need a website").build());
        assertTrue(lead(pipeline, "quiet.ru").forgotten());
        assertEquals("msg:f", lead(pipeline, "quiet.ru").evidence().get("forgotten").activityKey());
        assertFalse(lead(pipeline, "planned.ru").forgotten());
        assertFalse(lead(pipeline, "recent.ru").forgotten());
    }

    @Test
    void missingFollowUpCountsWorkingDaysAcrossTheWeekend() {
        // 2026-10-02 is a Friday: the owner has until the end of Tuesday 2026-10-06
        Activity inquiry = mail("ask").at("2026-09-30T10:00").from(VASYA).to(OWNER).text("We need an app").build();
        Activity meeting = event("fri").at("2026-10-02T15:00").organizer(OWNER).attendees(VASYA).title("Demo").build();
        Activity tuesday = mail("tue").at("2026-10-06T18:00").from(OWNER).to(VASYA).sent().text("Thanks for the demo").build();
        Activity wednesday = mail("wed").at("2026-10-07T09:00").from(OWNER).to(VASYA).sent().text("Thanks for the demo").build();

        assertEquals(List.of(), lead(infer("2026-10-06T12:00", inquiry, meeting), "otkat.ru").missingFollowUps());
        assertEquals(List.of(), lead(infer("2026-10-09T12:00", inquiry, meeting, tuesday), "otkat.ru").missingFollowUps());
        Lead late = lead(infer("2026-10-09T12:00", inquiry, meeting, wednesday), "otkat.ru");
        assertEquals(List.of(new MissedFollowUp(t("2026-10-02T15:00"), "Demo")), late.missingFollowUps());
        assertEquals("evt:fri", late.evidence().get("missingFollowUp").activityKey());
    }

    @Test
    void aColleagueIntroducingALeadIsAReferral() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("byPetr").at("2026-10-01T10:00").from("petr@sellwell.io").to(OWNER).cc("ceo@newco.io")
                        .text("Meet the CEO of Newco, over to you").build());
        Lead newco = lead(pipeline, "newco.io");
        assertEquals(LeadSource.REFERRAL, newco.source());
        assertEquals("introduced by colleague petr@sellwell.io", newco.evidence().get("source").quote());
    }

    @Test
    void tagsOverrideTheInferenceAndTheLatestTagDecides() {
        Activity ask = mail("m1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Need a site").build();
        Activity answer = mail("m2").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent().text("Sure").build();
        Activity signed = mail("m3").at("2026-10-03T10:00").from(VASYA).to(OWNER).text("Договор подписан").build();
        Activity stageTag = event("t1").at("2026-10-05T10:00").created("2026-10-04T10:00").organizer(OWNER)
                .title("Otkat Kontora #stage:proposal").build();
        Activity lostTag = event("t2").at("2026-10-06T10:00").created("2026-10-06T09:00").organizer(OWNER)
                .title("#lost vasya@otkat.ru").mentions("vasya@otkat.ru").build();

        Lead tagged = lead(infer("2026-10-05T12:00", ask, answer, signed, stageTag), "otkat.ru");
        assertEquals(Stage.PROPOSAL, tagged.stage());
        assertEquals("#stage:proposal", tagged.evidence().get("stage").quote());
        assertEquals(Evidence.Confidence.LOW, tagged.evidence().get("stage").confidence());
        assertEquals(Stage.LOST, lead(infer("2026-10-07T12:00", ask, answer, signed, stageTag, lostTag), "otkat.ru").stage());
        assertEquals(Stage.WON, lead(infer("2026-10-05T12:00", ask, answer, signed), "otkat.ru").stage());
    }

    @Test
    void budgetAndTeamAreTheLatestOfMailAndCalendarNotesWithTheFiguresTheyReplaced() {
        Activity stated = mail("m1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Budget $80,000, we are 9 people").build();
        Activity note = event("note").at("2026-10-05T10:00").created("2026-10-05T09:00").organizer(OWNER)
                .title("Otkat Kontora $120k team 5").build();
        Activity counter = mail("m2").at("2026-10-10T10:00").from(VASYA).to(OWNER)
                .text("$120k is above what we have. Could we fit into ninety thousand euros with twelve developers?").build();
        Lead noted = lead(infer("2026-10-06T12:00", stated, note), "otkat.ru");
        assertEquals(new Money(new BigDecimal("120000"), "USD"), noted.budget());
        assertEquals(5, noted.teamSize());
        assertEquals("evt:note", noted.evidence().get("budget").activityKey());

        Lead countered = lead(infer("2026-10-20T12:00", stated, note, counter), "otkat.ru");
        assertEquals(new Money(new BigDecimal("90000"), "EUR"), countered.budget());
        assertEquals(12, countered.teamSize());
        assertEquals("$80,000 on 1 Oct → $120k on 5 Oct → 90 thousand euros on 10 Oct", countered.evidence().get("budget").quote());
        assertEquals("msg:m2", countered.evidence().get("budget").activityKey());
    }

    @Test
    void theOwnersRevisedEstimateAndTeamCount() {
        Lead lead = lead(infer("2026-10-20T12:00",
                mail("m1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Нужен портал, бюджет 2 млн руб.").build(),
                mail("m2").at("2026-10-03T10:00").from(OWNER).to(VASYA).sent()
                        .text("Высылаем смету: 2,4 млн руб., работать будут трое опытных разработчиков.").build(),
                mail("m3").at("2026-10-08T10:00").from(OWNER).to(VASYA).sent()
                        .text("Пересчитали: полтора миллиона рублей, если 2–3 разработчика.").build()), "otkat.ru");
        assertEquals(new Money(new BigDecimal("1500000"), "RUB"), lead.budget());
        assertEquals(3, lead.teamSize());
        assertEquals("msg:m3", lead.evidence().get("teamSize").activityKey());
    }

    @Test
    void aCompanyNamedInASignatureLinksNameOnlyReminders() {
        Activity call = event("call").at("2026-10-25T10:00").created("2026-10-15T10:00").organizer(OWNER)
                .title("Позвонить в Ромашку насчёт сметы").build();
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("m1").at("2026-10-01T10:00").from("ivan@rmsh-trade.ru").to(OWNER)
                        .text("Нужен сайт.\n\nС уважением,\nИван Петров\nООО «Ромашка»").build(),
                call);
        Lead romashka = lead(pipeline, "rmsh-trade.ru");
        assertEquals(t("2026-10-25T10:00"), romashka.nextStepAt());
        assertEquals(Evidence.Confidence.LOW, pipeline.linkConfidence("rmsh-trade.ru", call));
    }

    @Test
    void aPastStateIsRecomputedFromTheSameActivities() {
        Activity[] world = {
                mail("m1").at("2026-10-01T10:00").from(VASYA).to(OWNER).text("Need a site").build(),
                mail("m2").at("2026-10-02T10:00").from(OWNER).to(VASYA).sent().text("Sure").build(),
                event("meet").at("2026-10-10T10:00").created("2026-10-03T10:00").organizer(OWNER).attendees(VASYA)
                        .title("Meeting").build(),
                mail("m3").at("2026-10-12T10:00").from(OWNER).to(VASYA).sent().text("Our proposal attached").build(),
                event("late").at("2026-10-20T10:00").created("2026-10-15T10:00").organizer(OWNER).attendees(VASYA)
                        .title("Review").build()};

        Lead before = lead(infer("2026-10-05T12:00", world), "otkat.ru");
        assertEquals(Stage.ENGAGED, before.stage());
        assertEquals(t("2026-10-10T10:00"), before.nextStepAt());
        assertEquals(t("2026-10-02T10:00"), before.lastActivityAt());

        Lead after = lead(infer("2026-10-13T12:00", world), "otkat.ru");
        assertEquals(Stage.PROPOSAL, after.stage());
        assertNull(after.nextStepAt());
        assertEquals(t("2026-10-20T10:00"), lead(infer("2026-10-16T12:00", world), "otkat.ru").nextStepAt());
    }
}
