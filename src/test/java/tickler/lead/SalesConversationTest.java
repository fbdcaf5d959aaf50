package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.lead.LeadInferenceTest.OWNER;
import static tickler.lead.LeadInferenceTest.infer;
import static tickler.lead.LeadInferenceTest.lead;
import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tickler.activity.Activity;

/** Who is a lead at all: a sales conversation, and its first signal as the evidence; everyone else is a contact. */
class SalesConversationTest {

    @Test
    void suppliersCandidatesAndFriendsAreContactsWithTheReason() {
        Activity interview = event("c2").at("2026-10-05T10:00").organizer(OWNER).attendees("ivan.dev@gmail.com")
                .title("Собеседование").build();
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("s1").at("2026-10-01T10:00").from("billing@hostwell.com").to(OWNER)
                        .text("Your invoice for the dedicated server is attached, $120 due on the 15th.").build(),
                mail("s2").at("2026-10-01T12:00").from(OWNER).to("billing@hostwell.com").sent().text("Thanks, paid.").build(),
                mail("c1").at("2026-10-02T10:00").from("Ivan <ivan.dev@gmail.com>").to(OWNER)
                        .text("Хочу откликнуться на вакансию разработчика, резюме во вложении.").build(),
                interview,
                mail("f1").at("2026-10-03T10:00").from("mike@icloud.com").to(OWNER).text("Beer on Friday?").build(),
                mail("f2").at("2026-10-03T11:00").from(OWNER).to("mike@icloud.com").sent().text("Sure!").build());

        assertEquals(List.of(), pipeline.leads());
        assertEquals(Set.of("hostwell.com", "ivan.dev@gmail.com", "mike@icloud.com"),
                Set.copyOf(pipeline.contacts().stream().map(Contact::key).toList()));
        Contact candidate = pipeline.contacts().stream().filter(c -> c.key().equals("ivan.dev@gmail.com")).findFirst().orElseThrow();
        assertEquals(1, candidate.messages());
        assertEquals(1, candidate.events());
        assertTrue(candidate.reason().startsWith("no sales conversation: it opened on other business (\"откликнуться\""),
                candidate.reason());
        assertEquals(Set.of(), pipeline.leadKeysOf(interview));
        assertTrue(pipeline.timeline("ivan.dev@gmail.com").isEmpty());
    }

    @Test
    void theFirstSignalIsWhyALeadIsALead() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("i").at("2026-10-01T10:00").from("ceo@startup.io").to(OWNER).text("Hi! We need a mobile app for couriers.").build(),
                mail("o").at("2026-10-02T10:00").from(OWNER).to("cto@cold.com").sent()
                        .text("We build portals for logistics; could I show you one?").build(),
                event("r").at("2026-10-03T10:00").organizer(OWNER).mentions("dima@remind.ru").title("Write to dima@remind.ru").build(),
                mail("b").at("2026-10-04T10:00").from("anna@budget.de").to(OWNER).text("We can spend up to €40,000 on the first phase.").build());

        assertEquals("inquiry: need … mobile", lead(pipeline, "startup.io").evidence().get("lead").quote());
        assertEquals("the owner's offer: We build", lead(pipeline, "cold.com").evidence().get("lead").quote());
        assertEquals("reminder in the owner's calendar", lead(pipeline, "remind.ru").evidence().get("lead").quote());
        assertEquals("evt:r", lead(pipeline, "remind.ru").evidence().get("lead").activityKey());
        assertTrue(lead(pipeline, "budget.de").evidence().get("lead").quote().endsWith("€40,000"));
        assertEquals("lead", lead(pipeline, "startup.io").evidence().keySet().iterator().next());
    }

    @Test
    void aBudgetWithoutVatIsNoTaxMatter() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("i").at("2026-10-01T10:00").from("ops@ironcraft.de").to(OWNER)
                        .text("We're looking for a team to build a customer portal. Total budget: CHF 150'000 (excl. VAT).").build(),
                mail("t").at("2026-10-02T10:00").from("anna@taxhelp.de").to(OWNER)
                        .text("Your VAT return for Q3 is due on the 10th.").build());
        assertTrue(pipeline.byKey("ironcraft.de").isPresent(), pipeline.contacts().toString());
        assertTrue(pipeline.byKey("taxhelp.de").isEmpty());
    }

    @Test
    void rentAndHiringInTheLeadsOwnProjectAreNoOtherBusiness() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("r").at("2026-10-01T10:00").from("alexey@samokat.ru").to(OWNER)
                        .text("Делаем сервис аренды самокатов, нужен MVP на Flutter. Вы берёте такие проекты?").build(),
                mail("h").at("2026-10-01T11:00").from("hannah@proptech.example").to(OWNER)
                        .text("Our investor suggested we speak to you before hiring anyone in-house. We need to rebuild the mobile app.").build(),
                mail("l").at("2026-10-02T10:00").from("office@bc-plaza.ru").to(OWNER)
                        .text("Напоминаем, что аренда за декабрь должна быть оплачена до 5 числа.").build(),
                mail("c").at("2026-10-02T11:00").from("jobs@talent.example").to(OWNER)
                        .text("Hi, we are hiring a senior developer for a client. Would you like to apply?").build(),
                mail("t").at("2026-10-03T10:00").from("natalia@bc-almaty.kz").to(OWNER)
                        .text("Пишу из Алматы. Нужен сайт с личным кабинетом для арендаторов бизнес-центра. Вы работаете с Казахстаном?").build(),
                mail("v").at("2026-10-03T11:00").from("procurement@warehouses.example").to(OWNER)
                        .text("We need a vendor for an inventory app for our 14 warehouses. Please propose a team of 6 with CVs attached.").build(),
                mail("m").at("2026-10-04T10:00").from("linh@xemay.vn").to(OWNER)
                        .text("Hi! Motorbike rental in Hanoi, want app for backpackers: rent in Hanoi, drop in Saigon. You can do?").build(),
                mail("d").at("2026-10-04T11:00").from("orlov@dortech.ru").to(OWNER)
                        .text("Компания по аренде дорожной техники. Нужна система учёта моточасов. Прошу направить коммерческое предложение.").build(),
                mail("i").at("2026-10-05T10:00").from("ryan@lodge.at").to(OWNER)
                        .text("Could you build us a booking site? Budget: €48,000 excl. VAT. Invoices go to the Linz entity.").build(),
                mail("z").at("2026-10-05T11:00").from("lucas@shoeschool.cz").to(OWNER)
                        .text("I teach at a shoe-design school in Zlín. We want a web tool where students upload 3D models of shoes. Is this possible?"
                                + " We would need an invoice addressed to the school.").build());
        assertTrue(pipeline.byKey("samokat.ru").isPresent(), pipeline.contacts().toString());
        assertTrue(pipeline.byKey("proptech.example").isPresent(), pipeline.contacts().toString());
        assertTrue(pipeline.byKey("bc-almaty.kz").isPresent(), "a portal for tenants is their project: " + pipeline.contacts());
        assertTrue(pipeline.byKey("warehouses.example").isPresent(), "CVs of the team proposed to them: " + pipeline.contacts());
        assertTrue(pipeline.byKey("xemay.vn").isPresent(), "renting is their customers' part: " + pipeline.contacts());
        assertTrue(pipeline.byKey("dortech.ru").isPresent(), "renting machines is their trade: " + pipeline.contacts());
        assertTrue(pipeline.byKey("lodge.at").isPresent(), "where the owner's invoices go is buying: " + pipeline.contacts());
        assertTrue(pipeline.byKey("shoeschool.cz").isPresent(), "whom the owner's invoice is addressed to is buying: " + pipeline.contacts());
        assertEquals(Set.of("bc-plaza.ru", "talent.example"), pipeline.contacts().stream().map(Contact::key).collect(Collectors.toSet()));
    }

    @Test
    void anInquiryInWordsNoRequestPhraseNamesMakesALeadAndAnOfferOfTheirsNone() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("i").at("2026-10-01T10:00").from("olga@dentalchain.example").to(OWNER)
                        .text("Our clinics are hunting for somebody to put together a patient booking portal, ideally before spring.").build(),
                mail("s").at("2026-10-02T10:00").from("sales@chairs.example").to(OWNER)
                        .text("We supply ergonomic office chairs to studios like yours and would love to send you our catalogue.").build());

        assertTrue(lead(pipeline, "dentalchain.example").evidence().get("lead").quote().startsWith("inquiry: Our clinics are hunting"),
                lead(pipeline, "dentalchain.example").evidence().get("lead").quote());
        assertEquals(List.of("chairs.example"), pipeline.contacts().stream().map(Contact::key).toList());
    }

    /** A tender invitation asks for the work; a charity run by its members and classes until evening are no other business. */
    @Test
    void aTenderInvitationACharityRunByItsMembersAndClassesUntilEveningMakeLeads() {
        assertEquals(Set.of("romashka.example", "sight.example", "robo.example"), leadsAmong(
                written(1, "i.novikov@romashka.example", "Привет! Уважаемый Anna, приглашаем вашу компанию принять участие в закупке на "
                        + "разработку корпоративного портала. Документация во вложении, приём заявок до 15 числа. /  / С уважением, / Игорь Новиков / АО «Ромашка»"),
                written(2, "peter@sight.example", "Hello, I'm Peter from Sight, a charity run by and for blind and partially sighted people. "
                        + "We need our member portal rebuilt so that it actually works with screen readers."),
                written(3, "olga@robo.example", "Я руковожу детской школой робототехники. Родители просят личный кабинет: расписание, оплата. "
                        + "Буду рада созвону в выходные, в будни я на занятиях до восьми вечера.")));
    }

    /** A friend who sent a link to their own album recommends no one; a link to the owner's portfolio does. */
    @Test
    void aLinkSentIsARecommendationOnlyWhenItIsTheOwnersOwn() {
        assertEquals(Set.of("vektor.example"), leadsAmong(
                written(1, "pavel.petrov@mail.example", "йо, помнишь как мы в 7 классе записывали треки на кассетник? короче у меня вышел альбом, "
                        + "первый настоящий. скинул ссылку. послушай и скажи честно, не как друг"),
                written(2, "oleg@vektor.example", "Добрый день! Коллега скинул ссылку на ваше портфолио и сказал «пишите им, не пожалеете». Хотим обсудить задачу.")));
    }

    @Test
    void aMeetingAloneIsNoSalesConversation() {
        Activity interview = event("m").at("2026-10-05T10:00").organizer(OWNER).attendees("jane@agency.com")
                .title("Interview Jane").build();
        Pipeline pipeline = infer("2026-10-20T12:00", interview);
        assertEquals(List.of(), pipeline.leads());
        assertEquals(Set.of(), pipeline.leadKeysOf(interview));
        assertFalse(pipeline.isMeeting(interview));
    }

    @Test
    void theLatestLeadOrNotLeadTagDecides() {
        Activity friend = mail("f").at("2026-10-01T10:00").from("mike@icloud.com").to(OWNER).text("Beer on Friday?").build();
        Activity promoted = event("p").at("2026-10-03T10:00").created("2026-10-02T10:00").organizer(OWNER)
                .mentions("mike@icloud.com").title("Mike wants a shop for his bakery #lead mike@icloud.com").build();
        Activity inquiry = mail("i").at("2026-10-04T10:00").from("ceo@startup.io").to(OWNER).text("We need a new website").build();
        Activity demoted = event("d").at("2026-10-06T10:00").created("2026-10-05T10:00").organizer(OWNER)
                .mentions("ceo@startup.io").title("ceo@startup.io is my cousin #notlead").build();

        Pipeline pipeline = infer("2026-10-20T12:00", friend, promoted, inquiry, demoted);
        assertEquals("tagged #lead", lead(pipeline, "mike@icloud.com").evidence().get("lead").quote());
        assertTrue(pipeline.byKey("startup.io").isEmpty());
        Contact cousin = pipeline.contacts().stream().filter(c -> c.key().equals("startup.io")).findFirst().orElseThrow();
        assertEquals("tagged #notlead", cousin.reason());
        assertEquals("evt:d", cousin.evidence().activityKey());
    }

    /** A tag is the salesperson's word in the calendar: a message's words are anyone's. */
    @Test
    void aTagInAMessageDecidesNothing() {
        Activity friend = mail("f").at("2026-10-01T10:00").from("mike@icloud.com").to(OWNER)
                .text("Saw your post with the #lead hashtag, so funny. Beer on Friday?").build();
        Activity answer = mail("a").at("2026-10-02T10:00").from(OWNER).to("mike@icloud.com").sent().text("Sure, 7pm?").build();
        Pipeline pipeline = infer("2026-10-20T12:00", friend, answer);
        assertEquals(List.of(), pipeline.leads());
    }

    @Test
    void whoSellsToTheOwnerOrIsBoughtFromIsNoLead() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("r1").at("2026-10-01T10:00").from("sales@outstaff.io").to(OWNER)
                        .text("Hi! We can provide a dedicated team of 4 developers, rates from $35/hour. Interested?").build(),
                mail("s1").at("2026-10-02T10:00").from("team@boards.app").to(OWNER)
                        .text("Your annual plan renews on 15 January. The price for 10 seats will be $1,440.").build(),
                mail("p1").at("2026-10-03T10:00").from("master@klimat.ru").to(OWNER)
                        .text("Обслуживание кондиционеров в офисе: 12 000 руб.").build(),
                mail("p2").at("2026-10-03T12:00").from(OWNER).to("master@klimat.ru").sent()
                        .text("Спасибо за расчёт! Пришлите счёт, оплатим, и договоримся о проекте обслуживания.").build(),
                mail("l1").at("2026-10-04T10:00").from("rates@lingvo.de").to(OWNER)
                        .text("Dear Anna, our rates for Arabic localisation will change from 1 May. Existing orders are billed at the current rate.").build(),
                mail("l2").at("2026-10-04T12:00").from(OWNER).to("rates@lingvo.de").sent()
                        .text("Could you resend the quote with VAT shown separately? Our accountant needs it itemised.").build(),
                mail("d1").at("2026-10-05T10:00").from("mia@drawn.io").to(OWNER)
                        .text("The illustrations for the onboarding screens are done, all nine. Invoice to follow, same rate as last time.").build(),
                mail("d2").at("2026-10-05T12:00").from(OWNER).to("mia@drawn.io").sent()
                        .text("Great timing. Specs attached: it's screens and offline sync. Can you give me a rough estimate by Wednesday?").build());

        assertEquals(List.of(), pipeline.leads());
        assertEquals(Set.of("outstaff.io", "boards.app", "klimat.ru", "lingvo.de", "drawn.io"),
                Set.copyOf(pipeline.contacts().stream().map(Contact::key).toList()));
    }

    @Test
    void afterAnOpeningOnOtherBusinessOnlyAReminderMakesALead() {
        Activity article = mail("j1").at("2026-10-01T10:00").from("kate@technews.com").to(OWNER)
                .text("I'm writing an article about app studios. Could you comment by Friday?").build();
        Activity teamQuestion = mail("j2").at("2026-10-02T10:00").from("kate@technews.com").to(OWNER)
                .text("Could you also tell me roughly how big your development team is?").build();
        Pipeline asked = infer("2026-10-20T12:00", article, teamQuestion);
        assertEquals(List.of(), asked.leads());
        assertTrue(asked.contacts().get(0).reason().contains("article"), asked.contacts().get(0).reason());

        Activity reminder = event("jr").at("2026-10-05T10:00").organizer(OWNER).mentions("kate@technews.com")
                .title("Pitch the portal to kate@technews.com").build();
        assertEquals("reminder in the owner's calendar",
                lead(infer("2026-10-20T12:00", article, teamQuestion, reminder), "technews.com").evidence().get("lead").quote());
    }

    @Test
    void whatTheyWantBuiltMayBeAboutHiringOrEvents() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("h").at("2026-10-01T10:00").from("ops@staffly.com").to(OWNER)
                        .text("We are a recruiting agency and need a CRM for our candidates. Could you quote?").build(),
                mail("e").at("2026-10-02T10:00").from("lena@expo.ru").to(OWNER)
                        .text("Видела ваш доклад на конференции. Нам нужна платформа для продажи билетов.").build());
        assertEquals(Set.of("staffly.com", "expo.ru"), Set.copyOf(pipeline.leads().stream().map(Lead::key).toList()));
    }

    @Test
    void askingForSomeoneElseOrForAnExpertIsNoInquiry() {
        assertEquals(Set.of("bakery.io", "flowers.io"), leadsAmong(
                written(1, "mark@mail.ru", "My cousin runs a bakery and needs a simple website - would you know someone cheap?"),
                written(2, "natasha@mail.ru", "У двоюродной сестры пекарня, нужен простой сайт. Посоветуешь кого недорого?"),
                written(3, "anna@meetupcraft.io",
                        "Hello, our webinar series on ERP integration needs one more expert. Would you be available on Jan 21?"),
                written(4, "olga@itsummit.ru", "Не хотите поучаствовать в онлайн-дискуссии «ИИ в заказной разработке»? 45 минут."),
                written(5, "ceo@bakery.io", "We run a bakery and need a simple website. Could you help?"),
                written(6, "sergey@mail.ru", "Брат хочет сделать приложение и спрашивает, дашь ли скидку. Можно дам ему твой номер?"),
                written(7, "jane@gmail.com", "My brother wants an app for his gym, can I give him your number?"),
                written(8, "ann@flowers.io", "My husband and I run a flower shop and need an online store."),
                written(9, "pat@devweek.io", "I'm putting together the speaker line-up for our developer conference. Would you be up for a 25-minute talk?"),
                written(10, "ira@kamchatka-meetups.ru", "Мы — команда митапов. Хотим провести мастер-класс по оценке IT-проектов и ищем ведущего."),
                written(11, "katya@mail.ru", "Привет) ты не знаешь, кто может сделать сайт для маленькой кофейни? Недорого, для подруги."),
                written(12, "lena@mail.ru", "Привет! Дочке нужен ноутбук для учёбы, не подскажешь, что взять? Бюджет у нас скромный.")));
    }

    @Test
    void renewalsSignaturesRepairsAndSpeakersLineUpsAreOtherBusiness() {
        assertEquals(Set.of(), leadsAmong(
                written(1, "support@hostwell.ru", "Ваш домен истекает через 5 дней. Продлить можно в личном кабинете."),
                written(2, "anna@ledger.ie", "Hi. The annual report documents need your signature in the e-sign system. Deadline is Thursday."),
                written(3, "joe@fixit.tt", "The coffee machine man say the part cost more than he was thinking, he want to know if to go ahead."),
                written(4, "ops@devcircle.zw", "We are doing a monthly meetup and we want to invite you for a talk online about freelancing."),
                written(5, "sales@desks.de", "hi, just following up on the quote for the standing desks - still interested? price holds until Friday"),
                written(6, "olivia@gmail.com", "Can you recommend a laptop for my daughter? Budget around $700.")));
    }

    @Test
    void mentorsVenuesGuestsOfAStreamAndAReferenceAreOtherBusiness() {
        assertEquals(Set.of("romashka.ru", "harbor.de"), leadsAmong(
                written(1, "org@hackday.ru", "Ищем менторов на хакатон, может, кто-то из ваших разработчиков?"),
                written(2, "alex@meetup.ru", "Я организатор митапа мобильных разработчиков. Ищем площадку на 60 человек на вечер четверга, может, у вас в офисе?"),
                written(3, "james@twitch.tv", "I review dev tools on Twitch. Doing a 12h charity stream next month and would love a guest dev from an actual studio for a one-hour segment."),
                written(4, "jnovak@icloud.com", "Anna, would you be a reference for my job application? They might call you next week."),
                written(5, "n@romashka.ru", "Мой ментор по акселератору сказал, что вы умеете работать с фаундерами без технаря. Нужно приложение, можно созвониться?"),
                written(6, "ryan@harbor.de", "Need somebody to build a dispatch app for our crews. We're a charity so it's tight: $319,000. Call me."),
                written(7, "host@laptops.tv", "I'm co-hosting a creator meetup. Would you want to do a fireside chat about how devs pick their machines?"),
                written(8, "robotics@uni.ac.uk", "We're running a 36h hackathon and looking for judges who actually ship software. Interested?")));
    }

    /** The accountant's question on contractors' tax status, an organiser's talk, a supplier's price gone up. */
    @Test
    void aTaxQuestionATalkAndASuppliersNewPriceAreOtherBusiness() {
        assertEquals(Set.of("tea-auction.lk"), leadsAmong(
                written(1, "kay@ledgerworks.co.uk", "Can you confirm whether the two developers from the agency are employees or contractors? "
                        + "Their contracts read like employment, which could be a problem under IR35."),
                written(2, "host@techmeetup.ca", "We get together every second Thursday at the library. Would you be up for a 20-min talk on how "
                        + "a small studio scopes projects? Pizza's on us."),
                written(3, "lou@islandnet.lc", "The price for the 24-port switch went up since I quoted you in March. New price is XCD 1,450 "
                        + "installed. Still want it? I hold it for you till Friday."),
                written(4, "ravi@tea-auction.lk", "We want a dashboard for tea auction prices. How to proceed?")));
    }

    /**
     * An account manager's startup programme, a subcontractor taking the owner's next project, a judge
     * for a hackathon, a quote for a Telegram channel, family news and a friend's worry about health;
     * and a request whose statuses are no "статьи" (a Russian stem reads no other word).
     */
    @Test
    void aProgrammeASubcontractorAJudgeAQuoteAndFamilyMakeNoLead() {
        assertEquals(Set.of("ladoga.ru"), leadsAmong(
                written(1, "kim@saasly.io", "Hi, I'm Kim, account manager at Saasly. Would you be open to a 15-minute call about our startup program?"),
                written(2, "dima@design.ru", "Привет. Могу взять ещё один ваш проект по дизайну, но не раньше середины месяца."),
                written(3, "org@hack.tomsk.ru", "Хакатон в Томске стартует 12-го, нам нужен ещё один судья в трек «Чат-боты»."),
                written(4, "ed@tgchannel.ru", "Можно процитировать вас в телеграм-канале? Ваш пост про ТЗ разошёлся, хочу сослаться."),
                written(5, "bren@gmail.com", "Hi love, it's Auntie Bren. Your mam says you're working too hard again. Ring her on Sunday, would you?"),
                written(9, "katya@mail.ru", "Привет!! Это Катя, твоя племянница 😊 Мне для курсовой надо сделать сайт, а я вообще не понимаю, с чего начать."),
                written(10, "desmond@gmail.com", "Dear Anna, Your aunt says you are the person to ask. How do I get the photographs from my telephone "
                        + "onto the big computer? Regards, Uncle Desmond"),
                written(11, "noah@gmail.com", "hi uncle Anna its Noah. i need a laptop for college for coding and games, budget is like 800 quid max"),
                written(6, "lena@mail.ru", "Привет. Узнала от Светы, что у тебя были проблемы со здоровьем. Ты как?"),
                written(7, "a.sokolov@ladoga.ru", "Коллеги, вопрос по делу: интегрируете 1С с API транспортных компаний? "
                        + "Нужно автоматом создавать заявки и подтягивать статусы.")));
    }

    /** A judge writing of themselves is who they are, not a hackathon's call for judges. */
    @Test
    void aJudgeWhoNeedsASiteIsALead() {
        assertEquals(Set.of("ladoga.ru", "omega.ru"), leadsAmong(
                written(1, "elena@ladoga.ru", "Здравствуйте! Я судья в отставке, мне 71 год. Хочу сделать сайт бесплатных юридических "
                        + "консультаций для пенсионеров. Возьмётесь ли за такое и сколько это стоит?"),
                written(2, "ivan@omega.ru", "Добрый день. Я бывший арбитражный судья, теперь веду практику. Нужен сайт-визитка, сколько это стоит?"),
                written(3, "org@hack.tomsk.ru", "Хакатон в Томске стартует 12-го, нам нужен ещё один судья в трек «Чат-боты».")));
    }

    /**
     * The Russian press asking for a comment, an episode or a case, however much of what the owner sells
     * it names; and a lead asking for an app in the same words of cost and time.
     */
    @Test
    void thePressAskingForACommentOrACaseMakesNoLead() {
        assertEquals(Set.of("fitclub.ru"), leadsAmong(
                written(1, "host@pod.ru", "Веду подкаст про мобильную разработку. Хотим пригласить вас в выпуск о том, как студии оценивают приложения."),
                written(2, "ed@delo.ru", "Я теперь редактор в деловом издании. Делаем подборку студий, которые делают сайты для бизнеса, дадите пару слов?"),
                written(3, "news@mag.ru", "Нужен комментарий эксперта: сколько стоит разработка приложения для клуба и от чего зависит цена?"),
                written(4, "yt@video.ru", "Снимаю ютуб-ролик про автоматизацию. Можно взять у вас короткий комментарий, когда бизнесу пора заказать систему?"),
                written(5, "top@rate.ru", "Приглашаем вашу студию принять участие в рейтинге веб-студий, участие бесплатное."),
                written(6, "inv@press.ru", "Готовлю расследование о заказчике, который не заплатил студиям за разработку сайтов."),
                written(7, "director@fitclub.ru", "Нам нужно приложение для клуба. Сколько стоит разработка и сколько она длится?")));
    }

    /**
     * A godson choosing what to study, an old teacher proud of a former pupil, a panel's moderator, a
     * bank holding a payment to a contractor, a host retiring a server line, a startup week wanting a session on hiring a
     * studio; and a lead.
     */
    @Test
    void aStudentATeacherAPanelABankAndAHostMakeNoLead() {
        assertEquals(Set.of("dostavka.ru"), leadsAmong(
                written(1, "artem@mail.ru", "Это Артём. Я поступаю в этом году, хочу на программиста. Посоветуете, куда идти?"),
                written(2, "hadley@school.uk", "I felt so proud seeing your studio named in our old school's newsletter. You built the school play's website, remember?"),
                written(3, "panel@forum.bg", "Our panel on pricing apps has three studio owners. Moderated, 40 minutes, no slides needed. Will you join?"),
                written(4, "buh@balans.ru", "Банк приостановил платёж подрядчику и запросил документы по сделке. Пришлите акт, нужно сегодня."),
                written(5, "ops@vpshost.io", "We're retiring the legacy server line; your servers will be migrated for free. We just need a downtime window."),
                written(6, "boss@dostavka.ru", "Нужно приложение для курьеров. Сколько стоит разработка?"),
                written(7, "emma@devconf-events.com", "Salaam Anna, we are the volunteers behind Hargeisa Startup Week. This year we want a session"
                        + " on \"how to hire an outside dev studio without getting burned\" and your name came up from a founder we both know. It can"
                        + " be on Zoom. Internet here is sometimes slow so a pre-recorded talk plus live Q&A is also perfect. Could you confirm by"
                        + " the 20th? Thank you so much, Emma")));
    }

    /**
     * Their own trade named in words of other business ("English speakers", "we rent e-bikes", an air
     * taxi, a grant's reports, a recommendation over a beer or in a chat's discussion, a Spanish speaker on
     * the team, the sponsor who pays for the app, gift items they sell wholesale, a buyer's shortlist that names the owner as a
     * candidate, the sponsor who gives them the money: "Спонсор … готов дать 179k USD") is no other business; sponsors sought
     * for a meetup still are.
     */
    @Test
    void wordsOfOtherBusinessInTheLeadsOwnTradeOrItsRecommendation() {
        assertEquals(Set.of("greek.gr", "bikes.us", "airtaxi.us", "fond.ru", "lodge.us", "crm.ru", "lock.uk", "club.uk", "yiwu.cn", "zavod.ru", "led.ru"), leadsAmong(
                written(11, "k.ivanova@led.ru", "Рассматриваем подрядчиков на приложение для катка. Спонсор — папа одной из наших фигуристок — готов дать 179k USD."),
                written(12, "org@meetup.ru", "Здравствуйте! Ищем спонсоров для серии продуктовых митапов. Пакет «Серебро» — 150 000 руб., включает стенд."),
                written(9, "li@yiwu.cn", "Hello friend, we are wholesale supplier in Yiwu market, small gift and christmas items. Need B2B website, you can do?"),
                written(10, "zakupki@zavod.ru", "Получили вашу кандидатуру от отраслевой ассоциации. Нам нужна программа продажи билетов на местные рейсы."),
                written(7, "len@lock.uk", "I need an app so folk can book me. Send us a team of 4. We'd like a Spanish speaker in there if you have one."),
                written(8, "kay@club.uk", "We need a members' app. Our sponsor covers 90,000 pounds. Can we talk next week?"),
                written(1, "eleni@greek.gr", "I wrote Greek lessons for English speakers. Could you turn them into an app? What would it cost?"),
                written(2, "joe@bikes.us", "We rent e-bikes and pay for awful rental software. How much would it be to build our own booking?"),
                written(3, "ops@airtaxi.us", "We run an air taxi and need online booking that handles weight. Can you build it?"),
                written(4, "olga@fond.ru", "Грант фонда уже есть, отчётность строгая. Нужен сайт с личным кабинетом, сколько это будет стоить?"),
                written(5, "bill@lodge.us", "Dave gave me your name over a beer at the lodge. Any chance you could fix our booking mess?"),
                written(6, "kirill@crm.ru", "Вас посоветовали в обсуждении в телеграм-канале про аутсорс. Нужно переписать нашу CRM.")));
    }

    /** The press in its own words: a feature being compiled, a piece for a magazine. */
    @Test
    void aFeatureAndAPieceForAMagazineAreThePress() {
        assertEquals(Set.of("shop.ru"), leadsAmong(
                written(1, "desk@weekly.zm", "Our business weekly is compiling a feature on companies that outsource app development. Could you comment on your work for them?"),
                written(2, "ann@sat-mag.uk", "I'm writing a longer piece for a Saturday magazine about founders who answer every email. Could we talk about your app studio?"),
                written(5, "boss@shop.ru", "Нужен интернет-магазин. Сколько стоит?")));
    }

    /**
     * A friend asking the owner to name someone who could build their site asks for advice; a
     * supplier who "скинул" the invoice recommends nobody; online ticket sales are a project, not an event.
     */
    @Test
    void askingWhoCouldDoItAndAnInvoiceSentAreNoLeadTicketSalesAre() {
        assertEquals(Set.of("peshchera.ru"), leadsAmong(
                written(1, "kolya@mail.ru", "Открываю своё кафе!!! Открытие 15-го, приходи обязательно. И подскажи потом, кто сайт может сделать недорого"),
                written(2, "dev@flutterhands.by", "Привет. Закрыли спринт, сборка в сторе на ревью. Акт и счёт за март скинул, там 17 000 руб. Если что не так — пиши."),
                written(3, "tz@peshchera.ru", "Организуем экскурсии в ледяную пещеру, хотим онлайн-продажу билетов на сеансы с ограничением по размеру группы. Можно созвониться на этой неделе?")));
    }

    /**
     * A talk's title in quotes asks for nothing, nor does a whip-round for a present; gift boxes sold
     * online, gift vouchers on a booking page and invoices sent from a phone app are the lead's project.
     */
    @Test
    void aTalksTitleAndAWhipRoundAreNoInquiryGiftBoxesAndInvoicingAppsAre() {
        assertEquals(Set.of("jeju-farm.kr", "dublinplumbing.ie", "decowalks.nz"), leadsAmong(
                written(5, "olivia@decowalks.nz", "Dear team, Do you do small jobs? Need a booking page + gift vouchers for our walking tours. Nothing fancy. When could you start?"),
                written(1, "club@lysva-biz.ru", "Клуб предпринимателей приглашает на бизнес-завтрак. Тема — «Автоматизация малого бизнеса без лишних трат». Хотим, чтобы вы минут 15 рассказали на примерах."),
                written(2, "dave@gmail.com", "Retirement do for Dave on Friday. We're collecting for a present — £20 each if you can."),
                written(3, "mi@jeju-farm.kr", "Hi, we are small tangerine farm. We want sell gift boxes online direct to customers in Seoul. Do you make this kind of shop? Please tell me price."),
                written(4, "pat@dublinplumbing.ie", "hi im a plumber, own company, 3 vans. need a app for booking jobs and sending the invoice from my phone. how much for something like this?")));
    }

    /** A motorbike taxi's app, a case read about in a Telegram channel: the lead's own business; a programme committee and new tariffs are not. */
    @Test
    void aTaxiFleetAndACaseInAChannelMakeLeadsACommitteeAndNewTariffsDoNot() {
        assertEquals(Set.of("moto.bj", "sklad.ru"), leadsAmong(
                written(1, "kofi@moto.bj", "hello. do u make mobile apps for motorbike taxi? we have 300 drivers and want our own app. price please"),
                written(2, "ivan@sklad.ru", "Прочитал про ваш кейс в телеграм-канале, автор и посоветовал обратиться к вам. Нужна автоматизация склада."),
                written(3, "pk@conf.ru", "Программный комитет рассмотрел вашу заявку. Доклад принят в секцию «Управление проектами». Просим прислать аннотацию."),
                written(4, "mail@hosting.ru", "Мы обновили тарифы: ваш ящик теперь 50 ГБ. Делать ничего не нужно. Команда хостинга")));
    }

    /**
     * A friend passing the owner's contact on to people who need an app, a journal asking what a
     * solution "your studio made" costs, a meetup planning a panel: no lead.
     */
    @Test
    void passingTheOwnersContactOnTheJournalsQuestionAndAPanelMakeNoLead() {
        assertEquals(Set.of("shop.ru"), leadsAmong(
                written(1, "misha@mail.ru", "Привет! Знакомые ищут, кто сделает им мобильное приложение. Кинуть им твой контакт?"),
                written(2, "sam@gmail.com", "My cousin needs a website for her bakery. Can I give her your number?"),
                written(3, "red@jewel-news.ru", "Я пишу для делового журнала. Ваша студия делала приложение для кофеен — можете ответить на пару вопросов?"),
                written(4, "org@meetup.us", "We're planning a pricing panel in March and you're the first person I thought of. What would you charge?"),
                written(5, "boss@shop.ru", "Нужен интернет-магазин. Сколько стоит?")));
    }

    /**
     * An accountant's dividend advice and question how to book a payment, a hackathon asking for a
     * prize or a mentor, a data centre's maintenance notice; and a distributor asking for an app of
     * its own (a distributor is no supplier unless it sells its brand).
     */
    @Test
    void anAccountantAHackathonAndAMaintenanceNoticeMakeNoLeadButADistributorsRequestDoes() {
        assertEquals(Set.of("stroy-rostov.ru"), leadsAmong(
                written(1, "mark@taxdesk.co.uk", "You've got room left in the basic-rate band, so a dividend before April would be efficient. "
                        + "Want me to prepare the vouchers?"),
                written(2, "sophie@buhuchet.ru", "Quick question: the payment of 12,000 EUR on the 3rd, is that an advance on a project or a loan? "
                        + "I need to book it correctly."),
                written(3, "team@davaodevs.ph", "Davao Devs here! We're doing our first hackathon in August, 24 hours, 120 students. "
                        + "Any chance your studio could put up a prize or send one mentor?"),
                written(4, "noc@dc-irkutsk.ru", "Плановые работы в ЦОД: в ночь на воскресенье меняем ИБП. Возможны перерывы питания, "
                        + "просим заранее погасить некритичные сервисы."),
                written(6, "hello@buildweek.nl", "Saw your studio's post about legacy ERPs and thought it would make a great hands-on workshop "
                        + "(90 min, max 25 people). Interested?"),
                written(7, "team@wip-breakfast.org", "We'd love you to be a partner of our breakfast. A prize for the raffle would be amazing!"),
                written(8, "pc@devconf.ru", "Извините, у нас сдвиг в программе: ваш доклад переносится с 12:00 на 15:40. Сможете?"),
                written(5, "zakaz@stroy-rostov.ru", "Мы дистрибьютор стройматериалов в Ростове, работаем с прорабами. Хотим мобильное приложение "
                        + "для заказов с объекта. Можно созвониться на неделе?")));
    }

    @Test
    void anAnswerToTheOwnersOfferOrToAnIntroductionOpensNoOtherBusiness() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                mail("o").at("2026-10-01T10:00").from(OWNER).to("lucas@atlasix.example").sent()
                        .text("We recently shipped a portal for a company much like yours. Could I show you what we did?").build(),
                mail("r").at("2026-10-02T10:00").from("lucas@atlasix.example").to(OWNER)
                        .text("Our procurement rules say the supplier's team must be at least 5 named persons, CVs attached.").build(),
                mail("i").at("2026-10-03T10:00").from("pavel@client.example").to(OWNER).cc("igor@impuls.example")
                        .text("Хочу познакомить вас с Игорем из Импульса, у них похожая задача.").build(),
                mail("g").at("2026-10-04T10:00").from("igor@impuls.example").to(OWNER)
                        .text("Нужен сервер для мультиплеера и помощь с публикацией игры. Вы берёте маленькие заказы?").build());
        assertTrue(pipeline.byKey("atlasix.example").isPresent(), pipeline.contacts().toString());
        assertTrue(pipeline.byKey("impuls.example").isPresent(), pipeline.contacts().toString());
    }

    @Test
    void aThreeLetterStemReadsNoOtherWord() {
        assertEquals(Set.of(), leadsAmong(
                written(1, "sasha@gmail.com", "Очень ценю, что ты нашёл время в субботу, хоть и был занят. Спасибо за помощь с переездом!")));
    }

    @Test
    void theLeadsOwnCustomersSubscribingAndDelightedChildrenAreNoOtherBusinessNorARecommendation() {
        assertEquals(Set.of("ferma.ru"), leadsAmong(
                written(1, "anna@ferma.ru", "Я сыровар. Хочу, чтобы постоянные покупатели могли оформить подписку на сыр с доставкой. Можно такое сделать?"),
                written(2, "olya@gmail.com", "Мы в Великом Устюге у Деда Мороза! Дети в восторге, я замёрз")));
    }

    @Test
    void aRecommendationInTheWordsOfThePressOrOfACandidateMakesNoLead() {
        assertEquals(Set.of("fieldnote.io"), leadsAmong(
                written(1, "kate@technews.com", "Hi, one of your clients mentioned you in an interview. Would you like to add anything?"),
                written(2, "lucas@yandex.ru", "Hey, we met at the meetup last week. You mentioned you might be hiring a backend dev?"),
                written(3, "ben@fieldnote.io", "Ben from Acme mentioned you. Keen to chat.")));
    }

    /**
     * Beside other business, a recommendation counts only with a request for something the owner
     * sells: a podcast host told of the owner's past by friends, a journalist writing to a studio a
     * former client named, are the press; an accounting firm sent by a friend to automate its
     * paperwork is a lead.
     */
    @Test
    void aRecommendationBesideOtherBusinessNeedsARequestForWhatTheOwnerSells() {
        assertEquals(Set.of("schet-plus.ru"), leadsAmong(
                written(1, "vera@sorok-podcast.ru", "Привет! Я веду подкаст «Сорок и дальше» — про людей, которые после 35 резко сменили профессию."
                        + " Знакомые сказали, что вы пришли в разработку из геологии. Это правда? Если да, очень хочу записать с вами выпуск."),
                written(2, "ed@harbourweekly.com", "Hello, I'm writing a piece for Harbour Weekly about local software firms. A former client of yours"
                        + " suggested I talk to you. Would you have 15 minutes for an interview this week?"),
                written(3, "oleg@schet-plus.ru", "Добрый день! Меня к вам отправила Наталья Зайцева, говорит, вы честно называете сроки."
                        + " Мы бухгалтерская фирма, хотим автоматизировать приём первички от клиентов. Можно организовать звонок?")));
    }

    /**
     * A recommendation in a message about something else counts only when the message also asks for
     * something: an old friend who got the number from a group chat, a new building manager taking
     * over from a predecessor, an organiser with a meetup, awards or a talk, a supplier's catalogue,
     * the accountant's question about a contract with a new hire.
     */
    @Test
    void aRecommendationOrAWishAboutOtherBusinessMakesNoLead() {
        assertEquals(Set.of("kassa-group.ru"), leadsAmong(
                written(1, "holly@gmail.com", "Hey, it's Holly from school, got your number from Jake. Fancy catching up when I'm in town?"),
                written(2, "d.price@towerhouse.co.uk", "Hello, I'm the new facilities manager here, taking over from my predecessor. Could we meet for five minutes?"),
                written(3, "oleg@mobdev-meetup.ru", "Мы организуем в Томске встречу мобильных разработчиков и хотим позвать кого-то из вашей студии. Обсудим тему доклада?"),
                written(4, "awards@techprize.org", "Entries for the Regional Tech Awards are open and a few people suggested your studio. May we put you forward?"),
                written(5, "sales@deskpro.cl", "We are now the distributor for standing desks in your region and thought your studio could be interested. I attach our catalogue."),
                written(6, "buh@schet-plus.ru", "Подскажите, с новым тестировщиком заключаем трудовой договор или ГПХ?"),
                written(7, "anna@kassa-group.ru", "Нам вас посоветовал Игорь из «Вектора». Хотим обновить кассовое приложение, созвонимся?")));
    }

    /**
     * A sentence of other business drops out of what an inquiry is read in, whatever it names: new
     * bank details "in your system", a speaker's photo "for the conference site", a changed programme,
     * a router for the remote developer.
     */
    @Test
    void aSuppliersOrAnOrganisersRequestNamingWhatTheOwnerSellsIsNoInquiry() {
        assertEquals(Set.of("dostavka.ru"), leadsAmong(
                written(1, "info@teplo-snab.ru", "Сообщаем о смене реквизитов с 1 марта. Просим обновить их в вашей системе для корректной оплаты счетов."),
                written(2, "org@techfest.ru", "Нужна ваша фотография и пара строк о себе для сайта конференции, до пятницы."),
                written(3, "program@devdays.ru", "Изменения в программе: круглый стол перенесли на 14:00. Просим подтвердить участие."),
                written(4, "ben@islandnet.ws", "Your dev out here needs a better router, I can bring one over on Monday for about $120."),
                written(6, "lina@weekly.lt", "I'm writing a piece on why startups outsource to small studios. Could I send you three questions about your apps?"),
                written(7, "sam@student.ac.zw", "Hi, I'm a journalism student doing my final project on small software businesses. Would you have half an hour to chat?"),
                written(5, "petr@dostavka.ru", "Нужен сайт для службы доставки с оплатой картой. Сколько это будет стоить?")));
    }

    /**
     * Each names what the owner sells beside a request ("Сможете стать ментором для команд, которые
     * делают мобильные приложения?", "I need the contract with the app contractor"), and each reads
     * as a contact's first message in all its words: a hackathon, the books.
     */
    @Test
    void aFirstMessageReadingAsAContactsInAllItsWordsIsOtherBusiness() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                written(1, "mentors@hackkazan.ru", "Привет! Мы студенты, делаем хакатон в Казани, 48 часов разработки. Сможете стать"
                        + " ментором для команд, которые делают мобильные приложения? Бюджета на дорогу нет, но кормим вкусно."),
                written(2, "lena@numbers-ledger.co", "Hi Olga, quick one for the quarter-end close: I need the contract with the app contractor you"
                        + " paid in September, and whether it was for the mobile app or the website. Can you send it over?"),
                written(3, "sam@fixit.co.nz", "Hey, we need a booking app for our plumbing business, customers should pick a time"
                        + " and pay online. Can we chat this week?"));

        assertEquals(List.of("fixit.co.nz"), pipeline.leads().stream().map(Lead::key).toList());
        Contact books = pipeline.contacts().stream().filter(c -> c.key().equals("numbers-ledger.co")).findFirst().orElseThrow();
        assertTrue(books.reason().startsWith("no sales conversation: it opened on other business (\"Hi Olga, quick one for the quarter"),
                books.reason());
    }

    @Test
    void anAccountManagerAnAccountantsQuestionAndTheOwnersOrderMakeNoLead() {
        Pipeline pipeline = infer("2026-10-20T12:00",
                written(1, "maria@cloudhost.de", "Hi, I'm your new account manager at CloudHost. Would love to introduce myself and "
                        + "go through your budget with us for next year."),
                written(2, "tom@ledgerly.co", "The Swiss client paid in CHF — which rate did you agree? I need it for the books."),
                written(3, "sales@printpro.de", "Here is the offer for the new office printers you asked about."),
                mail("o3").at("2026-10-04T10:00").from(OWNER).to("sales@printpro.de").sent()
                        .text("Quote looks fine, please go ahead with the order. PO number to follow.").build(),
                written(5, "igor@mail.ru", "Нам бы MVP маркетплейса собрать к осени. Есть время на звонок в четверг?"));

        assertEquals(Set.of("igor@mail.ru"), Set.copyOf(pipeline.leads().stream().map(Lead::key).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "emma@falctech.com|falctech.com|Hi Anna, my old boss from London, Richard, said if I ever needed developers I should "
                    + "ring you. Well, I do now. We need a customer portal.|REFERRAL",
            "olga@spektr.ru|spektr.ru|Привет, Anna! Твой номер дала Катя, мы с ней вместе учились. Нужно приложение, созвонимся?|REFERRAL",
            "dan@shopify-fans.com|shopify-fans.com|Hi Anna, you worked with my brother-in-law's company a couple of years ago. "
                    + "We need a Shopify Plus build, do you have time to meet?|REFERRAL",
            "zoe@marketly.io|marketly.io|My investor insisted I talk to you first. We need a marketplace MVP.|REFERRAL",
            "henry@cedarware.com|cedarware.com|Your name came up three times at the business breakfast this morning, so I figured I'd "
                    + "better email. Our pony club needs a booking app.|REFERRAL",
            "neil@dataly.com|dataly.com|We're exploring options for a data platform and your name came up. Could you send an estimate?|INBOUND",
            "maria@orion.ru|orion.ru|Добрый день! Вас упоминали в телеграм-канале про туризм как разработчиков бронирования для турбаз. "
                    + "Нужно такое же бронирование, сколько стоит?|REFERRAL",
            "gleb@baza.ru|baza.ru|Добрый день! Вашу студию на форуме по агротуризму называли как подрядчика, которому можно доверять. "
                    + "Нужна система бронирования домиков.|REFERRAL",
            "irina@fotolab.ru|fotolab.ru|Мама сказала, что ваша студия делала сайт её турфирме. Мне нужен сайт для фотостудии.|REFERRAL",
            "tom@eventa.co.uk|eventa.co.uk|A mate from uni reckons you're sound. Looking for someone to build our event app.|REFERRAL",
            "ann@bolt.io|bolt.io|Our CTO said you could start in March? We need a booking app.|INBOUND",
            "max@grid.io|grid.io|My colleague and I need an estimate for a mobile app.|INBOUND",
            // Only the trade, said by family: how the writer heard of the owner, no recommendation.
            "pyotr@sad.ru|sad.ru|Добрый день! Сын сказал, что вы делаете сайты. У меня питомник, нужен сайт с каталогом.|INBOUND",
            "bea@quilts.ie|quilts.ie|Hello! My niece told me you make apps. I sell quilts and would love one for my customers.|INBOUND",
            "olya@azs.ru|azs.ru|Добрый день! Жена вашего менеджера работает у нас бухгалтером. Хотим приложение лояльности для заправок.|REFERRAL",
            "finn@ferry.no|ferry.no|A surveyor who stayed with us left your card on the table. We need a booking system for the ferry.|REFERRAL",
            "ada@tiles.pt|tiles.pt|My partner worked with your team at his last company. We need an online catalogue for our tiles.|REFERRAL",
            "raj@berths.in|berths.in|Hi, Priya from the harbour office gave me this address. We need a berth booking app.|REFERRAL",
            "eda@hazel.tr|hazel.tr|The chamber of commerce suggested that we contact you. We need an export order portal.|REFERRAL",
            "ayla@gol.az|gol.az|Здравствуйте! Ваш e-mail мне дала хозяйка гостевого дома в Шеки, вы для неё делали сайт. Нужен сайт с бронью.|REFERRAL",
            "dev@orchard.in|orchard.in|Your name was suggested by my son's friend. We need an ordering app for our orchards.|REFERRAL",
            "kim@shore.us|shore.us|Saw Ted's LinkedIn post thanking your team for the tablet check-in app. We need something similar for excursions.|REFERRAL",
            "ilze@ogre.lv|ogre.lv|О вас услышали на встрече предпринимателей в Риге. Нам нужен клиентский портал.|REFERRAL",
            "trak@van.ca|van.ca|Про вас написали в группе в фейсбуке, когда я спрашивал, кто делает приложения. Нужно приложение для диспетчеров.|REFERRAL",
            // Found by a search or an ad: no one recommended.
            "alla@kover.ru|kover.ru|Узнали о вас из поиска в Яндексе. Нужен интернет-магазин ковров.|INBOUND",
            "jay@kites.us|kites.us|We found you on Google. We need a booking app for kite lessons.|INBOUND",
            "ola@onboardly.io|onboardly.io|hi, got your contact from linkedin. we want to automate our onboarding flow. is this too small for you guys?|INBOUND",
            "ivan@mebel.by|mebel.by|Hello, I got your contact from a LinkedIn post. We need a configurator for our website. Can you estimate it?|INBOUND",
            "tom@dispatchy.com|dispatchy.com|Hi, I got your contact from Mark at Northwind, he said you built their dispatch app. Can we talk?|REFERRAL",
            "ryan@willowwave.de|willowwave.de|You built the booking system for my old company. I've moved on and now I need you again at my new place! Can we have a call?|REFERRAL",
            "grace@atlascraft.com|atlascraft.com|Through Mark, with whom I worked at the Tokyo branch, I heard about your studio and its good reputation. We need a team for our Django platform.|REFERRAL",
            "ben@ledger.io|ledger.io|Thanks for the intro, Paul (moving you to bcc). We're looking for help with a Stripe billing migration. Could we grab 30 min next week?|REFERRAL",
            "olga@kruzhevo.ru|kruzhevo.ru|На форуме мне дали вашу визитку со словами «эти точно сделают». Нужен англоязычный сайт.|REFERRAL",
            "dima@lotos.ru|lotos.ru|добрый день вас пасоветовал Дмитрий нам нужно доработать сайт и сделать приложение когда можно созвонится|REFERRAL",
            "amy@shoes.com|shoes.com|I heard about your studio on Google. We need a web shop for our shoes.|INBOUND",
            // No phrase of the vocabulary: read by the words of recommendations, with someone from outside named.
            "lena@crumbs.de|crumbs.de|Hi Anna. Our accountant keeps talking about the portal you made for her other client. "
                    + "We need one for our bakeries.|REFERRAL",
            "paul@brew.ie|brew.ie|Hi Anna. A friend who runs a coffee chain is very happy with the loyalty app from your studio. "
                    + "We would like something similar.|REFERRAL",
            "vera@cvetok.ru|cvetok.ru|Здравствуйте, Анна. Подруга держит сеть салонов, очень довольна вашим приложением для записи. "
                    + "Хотим такое же для цветочного магазина.|REFERRAL",
            "nina@loop.ca|loop.ca|Our investor forwarded me your portfolio last week. We need a partner for a scheduling app.|REFERRAL",
            "gia@vino.ge|vino.ge|Мне о вас рассказала Тамара, мы вместе работали. Нужна платформа для винного экспорта.|REFERRAL",
            "ola@lend.ng|lend.ng|I was advised by our chairman to contact you about a lending platform.|REFERRAL",
            "kim@dockside.nz|dockside.nz|Hi Anna, forwarded to me by Priya (thread below). Keen to talk about the app she mentioned.|REFERRAL",
            "lev@more.cy|more.cy|Добрый день! Я по рекомендации Ирины — вы делали ей бота для записи. У нас похожая история, только с арендой яхт.|REFERRAL",
            "maria@parus.ru|parus.ru|Наш бухгалтер ведёт ещё одну компанию, которая с вами работает, и дала ваш адрес. Нужна автоматизация склада.|REFERRAL",
            "ian@climb.scot|climb.scot|Hiya, your studio came up in a Scottish indie dev thread. We need a booking app for a climbing gym.|REFERRAL",
            "amy@agri.io|agri.io|Mark forwarded me your proposal and said your team was great to work with. We need a dashboard.|REFERRAL",
            "ram@crafts.np|ram@crafts.np|Through Mr Sharma of the ICT Forum I came to know about your company. We want to digitise our export orders.|REFERRAL",
            "kiri@caves.nz|caves.nz|Aroha from the operators' meetup reckoned you're the people to talk to about booking integrations.|REFERRAL",
            "sv@kofe.kz|kofe.kz|Коллеги, добрый день. Мне от вас привет передали из «Ромашки» 🙂 Хотим приложение лояльности для кофеен.|REFERRAL",
            "ira@fitness.ru|fitness.ru|В профильном телеграм-канале несколько человек отметили вашу студию как надёжного подрядчика. Хотели бы запросить КП.|REFERRAL",
            "dj@kingstonfest.com|kingstonfest.com|Big up! My bredren from the sound system give me your email. Need an app for festival tickets.|REFERRAL",
            "ops@haul.ca|haul.ca|We need a dispatch app. I'm thinking 4 devs but honestly you tell me, you're the experts.|INBOUND",
            "tom@lodge.us|lodge.us|Dave gave me your name last weekend, said you fixed their bookings. Could you look at ours?|REFERRAL",
            "ana@vinos.ar|vinos.ar|Pedro from Andes Wines recommend you to us for make the new web shop. You work with Argentina?|REFERRAL",
            "kim@wallet.cv|wallet.cv|My partner Rui has been nagging me to email you since the meetup. We need a wallet app.|REFERRAL",
            "ira@sport.ru|sport.ru|Нашли вас через отзыв Олега на vc.ru. Нужна похожая интеграция с маркетплейсами.|REFERRAL",
            "gal@dacha.ru|dacha.ru|Ваш адрес мне дала соседка Нина. Нужен сайт для питомника рассады.|REFERRAL",
            "oleg@osetr.ru|osetr.ru|Рекомендацию получили от куратора акселератора. Нужна система учёта кормления рыбы.|REFERRAL",
            "tanya@klinika.ru|klinika.ru|Мой сын у вас стажировался и очень хвалил команду. Нужна онлайн-запись для клиники.|REFERRAL",
            "al@pipes.ca|pipes.ca|Hi, Emma at the trade show in Regina told me to email you. Our ordering portal needs rebuilding. When can we talk?|REFERRAL",
            "ed@marine.us|marine.us|Ryan (Silverware) said you'd be worth a call for BLE work. We need an app for our chartplotters. Can we set up half an hour?|REFERRAL",
            "kate@potato.us|potato.us|The regional agri-cooperatives network listed you in their newsletter as a developer who has worked "
                    + "with producer groups. Do you do integrations between Shopify and an AS/400?|REFERRAL",
            "jo@surf.au|surf.au|hey, Mia said ur studio built the app for her surf school and it just works. keen for a chat?|REFERRAL",
            "pete@chimneys.uk|chimneys.uk|hi my brother in law Julia says u did the booking app for his window cleaning, i do chimneys, can u do the same for me|REFERRAL",
            "dima@lodki.ru|lodki.ru|На ярмарке в Твери раздавали ваши визитки. Нужен сайт для проката лодок.|REFERRAL",
            "ruth@quilts.uk|quilts.uk|Hello, Jane Fox spoke warmly of your studio after choir on Sunday. Might you build us a small shop?|REFERRAL",
            "lars@fjord.no|fjord.no|Your agency is on the vendor list our maritime cluster shares with members. Could we talk about a pilot?|REFERRAL",
            "seva@tur.ru|tur.ru|На вас нас навела Марина из турклуба. Нужна онлайн-запись на сплавы.|REFERRAL",
            "ben@onions.us|onions.us|Your name came up more than once at the ag-tech session in Boise. We need bin tracking for audits. Free for a call?|REFERRAL",
            "noah@choir.uk|choir.uk|Our chairman met you at a business breakfast and brought back your card. Would you build an app for our members?|REFERRAL",
            "kolya@rybka.ru|rybka.ru|Привет! Мне тебя посоветовал Артём, вы с ним вместе делали приложение. Обсудим?|REFERRAL",
            "vera@sad.ru|sad.ru|Обратиться к вам посоветовал наш генеральный. Когда сможете созвониться?|REFERRAL",
            "grace@lavender.au|lavender.au|Hello — a woman at the next table at the expo swore by you and pressed your card into my hand, so here I am. "
                    + "We need an online shop. Where do we start?|REFERRAL",
            "petr@etno.ru|etno.ru|О вас узнали на семинаре в министерстве туризма: раздали список подрядчиков, и у вас стояла пометка «проверенные». "
                    + "Нужна онлайн-запись.|REFERRAL",
            "olivia@dodoma.tz|dodoma.tz|Habari Anna. Your studio came up at the Tanzania tech founders' breakfast last month — two different people "
                    + "said your name, so here I am. We need a site reporting tool.|REFERRAL",
            "dmitry@gusli.ru|gusli.ru|Здравствуйте. Ваш контакт нашла в рассылке объединения мастеров, там вас отмечали как подрядчика года. "
                    + "Хочу конструктор гуслей на сайт. Вы такие задачи берёте?|REFERRAL",
            "roma@splav.ru|splav.ru|Здравствуйте, я по сарафанному радио) Муж подруги у вас делал приложение. Нужна онлайн-запись.|REFERRAL",
            "buh@kooperativ.ru|kooperativ.ru|Вашу компанию назвал наш аудитор как подрядчика, который корректно оформляет договоры. "
                    + "Рассматриваем разработку внутреннего портала.|REFERRAL",
            "lena@kaskad.ru|kaskad.ru|Увидел ваш кейс на сайте Каскада, потом спросил у них напрямую — отзывы отличные. Мы тоже хотим приложение для доставки.|REFERRAL",
            "alex@master.ru|master.ru|Добрый день, От Алексея Зайцева. Нужен бот для записи к мастерам. Когда можно поговорить?|REFERRAL",
            "kai@poke.us|poke.us|Aloha — your studio came up three times in a thread on r/smallbusiness, so I figured I should reach out. We want online ordering.|REFERRAL",
            "ira@dostavka.ru|dostavka.ru|Нужен бот для доставки. От Москвы до Казани везём за два дня.|INBOUND",
            // Word of mouth that brings the lead's own customers recommends nobody to the owner.
            "ivan@vishera.ru|vishera.ru|Вожу сплавы по Вишере уже двенадцатый сезон, группы набираю через ВК и по сарафану. Нужна онлайн-запись.|INBOUND",
            // The words of a request a recommendation often ends with, and nobody else: no recommendation.
            "raj@stores.in|stores.in|Hi Anna. Could we set up a call next week to discuss a mobile app for our stores?|INBOUND",
            // Advice on how to do the project, not on whom to ask.
            "tanya@zveri.ru|zveri.ru|Нужна своя CRM для ветклиники. Мне посоветовали брать команду в шесть человек, это много?|INBOUND",
            // What people say of something else, and the writer's "you" in the next sentence: no recommendation.
            "lena@med.ru|med.ru|Хочу сайт-магазин, но с алкоголем, говорят, сложности. Вы такое делаете или подскажете, куда копать?|INBOUND",
            "olga@shkola.ru|shkola.ru|Придумала игру для тренировки таблицы умножения, дети в восторге от бумажной версии. Можно ли с вами обсудить приложение?|INBOUND",
            "yana@lab.us|lab.us|Прочитала про вас в отзывах на vc.ru — заказчик очень хвалил. Мы лаборатория в Бостоне, нужен внутренний инструмент.|REFERRAL",
            "igor@clinic.ru|clinic.ru|Мой пациент, у которого своя IT-компания, убедил меня, что вы единственные нормальные в этом деле. Нужен сервис записи.|REFERRAL",
            "kim@bakery.ca|bakery.ca|My brother-in-law convinced me you're the people to talk to. We need an ordering app.|REFERRAL"})
    void aRecommendationToldInPassingIsAReferral(String from, String key, String text, LeadSource source) {
        assertEquals(source, lead(infer("2026-10-20T12:00", written(1, from, text)), key).source());
    }

    /**
     * A first message with no sales signal whose words read as a friend's or an accountant's opens other business:
     * the owner's later word of a quote for someone else makes no lead of them. An old acquaintance's "coffee next
     * week?" is read so by no word, and the owner's proposal after it makes a lead.
     */
    @Test
    void aFriendsInvitationOpensOtherBusinessThatTheOwnersLaterQuoteDoesNotTurn() {
        assertEquals(Set.of("oldfriend.io"), leadsAmong(
                written(1, "marta@casa.pt", "Hey Anna! Lisbon in June is glorious. The spare room is free now, so come and stay "
                        + "for a week and bring the kids."),
                mail("o1").at("2026-10-02T10:00").from(OWNER).to("marta@casa.pt").sent()
                        .text("Ha, tempting! Tell your brother to send me the brief and I'll give him a proper quote.").build(),
                written(3, "lena@dacha.ru", "Привет! На даче у нас баня достроена, приезжайте в субботу всей семьёй, шашлыки за нами."),
                mail("o3").at("2026-10-04T10:00").from(OWNER).to("lena@dacha.ru").sent()
                        .text("Спасибо, приедем! Кстати, скажи Игорю, что смету на его сайт пришлю в понедельник.").build(),
                written(5, "tom@oldfriend.io", "Hi Anna, long time no see! Coffee next week?"),
                mail("o5").at("2026-10-06T10:00").from(OWNER).to("tom@oldfriend.io").sent()
                        .text("Great to hear from you. Attached is the proposal for the booking app we talked about, 18,000 EUR.").build()));
    }

    /**
     * Asking whether the owner can bill them in their currency is buying ("Do you work with Finnish companies /
     * invoice in EUR?"), and an exhibition where they were given the owner's contact a recommendation; a
     * supplier's bill to transfer, an illustrator's own quote and a student's question what to study are other business.
     */
    @Test
    void invoicingTheLeadAndAnExhibitionAreNoOtherBusinessASuppliersBillAndAStudentAre() {
        assertEquals(Set.of("santa-shop.fi", "zoloto-aldan.ru"), leadsAmong(
                written(1, "emma@santa-shop.fi", "Souvenir shop in Rovaniemi here. We want online pre-orders with pickup times so the tourists "
                        + "stop queueing in the snow. Do you work with Finnish companies / invoice in EUR? Short call next week?"),
                written(2, "ivan@zoloto-aldan.ru", "Ваш контакт нам дали на выставке в Минске. Мы подрядчик на золотодобыче, нужна система"
                        + " учёта техники и моточасов. Делаете такое?"),
                written(3, "julia@rackzone.io", "hello sir, USB-C cable 2m x 50pcs ready, send tomorrow by Kerry. total 9,750 baht, pls transfer and send slip."),
                written(4, "mira@drawn.nz", "The onboarding illustrations are done. I know I quoted 46 000 руб. but scene 4 got reworked twice,"
                        + " so I've added half a day, happy to chat about it"),
                written(5, "alina@gmail.com", "Это Алина, внучка бабы Зои. Я поступила на программиста!!! Бабушка сказала написать вам,"
                        + " вдруг посоветуете, что учить на первом курсе")));
    }

    /** A third party the owner has never written to introduces the lead in words of an introduction. */
    @Test
    void anIntroductionBySomeoneNewIsAReferral() {
        Activity introduction = mail("intro").at("2026-10-01T10:00").from("Иван <ivan@harbtech.de>").to(OWNER).cc("Мария Новикова <m.novikova@farvater.com>")
                .text("Знакомьтесь: Мария Новикова из Фарватера, мой хороший знакомый. Рассказал ему, как вы нам помогли.").build();
        Activity inquiry = mail("ask").at("2026-10-02T10:00").from("Мария Новикова <m.novikova@farvater.com>").to(OWNER)
                .text("Добрый день! У нас детский центр в Казани, нужно расписание и оплата онлайн. Когда удобно поговорить?\n\n-- \nМария Новикова\nООО «Фарватер»").build();
        assertEquals(LeadSource.REFERRAL, lead(infer("2026-10-20T12:00", introduction, inquiry), "farvater.com").source());
    }

    /** A word of other business that tells the lead's own trade, or a recommender's past, marks nothing. */
    @Test
    void theLeadsOwnRentalTradeOrARecommendersInternshipIsNoOtherBusiness() {
        assertEquals(Set.of("orchards.in", "kran.ge", "plata.mx"), leadsAmong(
                // a town whose name begins with a word of other business ("Taxco", not "tax")
                written(5, "rosa@plata.mx", "Buenas tardes Anna, I have a silver workshop in Taxco and sell to shops in the US. "
                        + "I need a wholesale catalogue online where each store sees only its own prices. Do you do this type of project?"),
                written(6, "bills@ledger.us", "Your tax return for 2025 is ready to sign."),
                written(1, "raj@orchards.in", "Greetings from Shimla. Your name was suggested by my son's friend who did his internship in "
                        + "your company last year. We want to sell apples direct to customers. Kindly let me know if you can take this project."),
                written(2, "gia@kran.ge", "Сдаём в аренду экскаваторы, а весь график у диспетчера в голове. Хотим приложение, "
                        + "где видно, какая машина свободна. Можете взяться?"),
                written(3, "office@bc-lesnaya.ru", "Добрый день! Сдаём в аренду офисы в бизнес-центре на Лесной, от 20 м². Интересно?"),
                written(4, "tom@juniors.io", "Hi, I did my internship at a bank last year and would love to join your team as a junior developer.")));
    }

    /** A message to the owner on a day of October. */
    private static Activity written(int day, String from, String text) {
        return mail("w" + day).at("2026-10-%02dT10:00".formatted(day)).from(from).to(OWNER).text(text).build();
    }

    private static Set<String> leadsAmong(Activity... activities) {
        return Set.copyOf(infer("2026-10-20T12:00", activities).leads().stream().map(Lead::key).toList());
    }
}
