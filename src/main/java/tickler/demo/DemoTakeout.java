package tickler.demo;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tickler.demo.Story.Lang;

/**
 * The bundled demo: a year of Anna, sales manager of the mobile app studio Pocket Studio, as a
 * real Google Takeout zip (her calendar and her whole mailbox), with the {@link Written} record of
 * what each mail and event states. The partner agency is {@value #PARTNER_DOMAIN}, which
 * {@link DemoPartner} adds to the partner domains while the demo is shown.
 */
public final class DemoTakeout {

    public static final String PARTNER_DOMAIN = "bridgeagency.com";
    public static final String CALENDAR_ENTRY = "Takeout/Calendar/anna@pocketstudio.io.ics";
    public static final String MBOX_ENTRY = "Takeout/Mail/All mail Including Spam and Trash.mbox";

    private static final String EN_SCREENING = "To save us both time: we work with projects from $30,000, "
            + "usually three to six months long.";
    private static final String RU_SCREENING = "Сразу скажу, чтобы сэкономить время: мы работаем с проектами "
            + "от 2,5 млн руб., обычно это три-шесть месяцев работы.";

    private static final Person DMITRY = new Person("dmitry@pocketstudio.io", "Dmitry Volkov");
    private static final Person OLGA = new Person("olga@pocketstudio.io", "Olga Belova");
    private static final Person MAXIM = new Person("maxim@pocketstudio.io", "Maxim Orlov");
    private static final Person KATE = new Person("kate@bridgeagency.com", "Kate Wilson");
    private static final Person IGOR = new Person("igor@bridgeagency.com", "Игорь Сомов");
    private static final Person VASYA = new Person("vasya@otkat.ru", "Василий Откатов");
    private static final Person ROOM = new Person(
            "c_1888a7f3b2e94d6c8e1f0a2b3c4d5e6f@resource.calendar.google.com", "Office-2-Volga (8)");

    private DemoTakeout() {
    }

    /**
     * Writes the Takeout zip for the year before {@code now} (and reminders into the next weeks).
     * The same {@code now} and {@code seed} give a byte-identical file.
     */
    public static Written write(Path zipFile, Instant now, long seed) {
        Story story = new Story(now, seed);
        story.partnerDomains.add(PARTNER_DOMAIN);
        leads(story);
        noise(story);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zipFile)))) {
            LocalDateTime stamp = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            entry(zip, "Takeout/archive_browser.html", stamp);
            zip.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Takeout</title></head><body>Archive for anna@pocketstudio.io</body></html>\n"
                    .getBytes(StandardCharsets.UTF_8));
            entry(zip, CALENDAR_ENTRY, stamp);
            IcsWriter.write(unclosable(zip), story.owner.address(), Story.ZONE, now, story.events);
            entry(zip, MBOX_ENTRY, stamp);
            MboxWriter mbox = new MboxWriter(unclosable(zip));
            List<Mail> mails = new ArrayList<>(story.mails);
            mails.sort(Comparator.comparing(m -> m.date().toInstant()));
            for (Mail m : mails) {
                mbox.write(m);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return story.written();
    }

    /** A fixed entry time keeps the zip byte-identical whatever the machine's zone. */
    private static void entry(ZipOutputStream zip, String name, LocalDateTime stamp) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(stamp);
        zip.putNextEntry(e);
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
            }
        };
    }

    private static Person p(String address, String name) {
        return new Person(address, name);
    }

    private static void leads(Story s) {
        Person petr = p("petr@mail.otkat.ru", "Пётр Сидоров");
        s.lead("otkat.ru", "Otkat Kontora", Lang.RU, VASYA, petr)
                .reminder(-330, "Remind Vasya from Otkat Kontora vasya@otkat.ru")
                .thread("Мобильное приложение для Otkat Kontora")
                .pitch(-329, "Василий, добрый день!\n\nМы познакомились на выставке на прошлой неделе. Pocket Studio делает "
                        + "мобильные приложения под iOS и Android для бизнеса.\n\n" + RU_SCREENING
                        + "\n\nБудет ли вам интересно обсудить приложение для ваших клиентов?")
                .writes(-326, petr, "Анна, добрый день!\n\nВасилий переслал мне ваше письмо, проектом буду заниматься я. "
                        + "Нам интересно: мобильной разработки у нас нет, думаем, понадобится команда из 5 человек. Бюджет на первый "
                        + "этап — около 3 млн руб.").team(5).budget("3000000", "RUB")
                .answers(-325, "Пётр, спасибо! Предлагаю встретиться на следующей неделе, пришлю приглашение.")
                .meeting(-318, "Pocket Studio × Otkat Kontora: знакомство", DMITRY)
                .answers(-318, "Пётр, Василий, спасибо за встречу!\n\nКоротко: приложение для клиентов, iOS и Android, "
                        + "личный кабинет и push-уведомления. Расчёт пришлём к концу следующей недели.")
                .reminder(-316, "Call Otkat Kontora")
                .proposal(-310, "3500000", "RUB", "Коммерческое предложение Pocket Studio.pdf",
                        "Пётр, Василий, добрый день!\n\nВо вложении коммерческое предложение на разработку приложения: "
                                + "3,5 млн руб., срок — четыре месяца.\n\nБуду рада ответить на вопросы.")
                .writes(-300, petr, "Анна, добрый день!\n\nРады сообщить: договор подписан, оригиналы отправили курьером.")
                .won();

        Person sarah = p("sarah.jones@acmefitness.com", "Sarah Jones");
        Person mike = p("mike@acmefitness.com", "Mike Chen");
        s.lead("acmefitness.com", "Acme Fitness", Lang.EN, sarah, mike)
                .label("Clients, 2025")
                .thread("Mobile app for our gyms")
                .writes(-300, "Hi,\n\nWe run 40 gyms across the UK and want a member app: class bookings, payments, "
                        + "workout plans. Our budget is around 120k USD and we'd like to launch before summer. "
                        + "We picture a team of 3 building it.\n\nCould we have a call?")
                .budget("120000", "USD").team(3)
                .answers(-299, "Hi Sarah,\n\nThanks for reaching out, this sounds like a great fit. How about a call "
                        + "on Thursday? I'll send an invite.")
                .meeting(-294, "Acme Fitness / Pocket Studio intro call", DMITRY)
                .answers(-294, "Sarah, Mike,\n\nThank you for the call today. As discussed, we'll come back with the "
                        + "scope, timeline and price next week.")
                .proposal(-286, "120000", "USD", "Pocket Studio – Acme Fitness proposal.pdf",
                        "Hi Sarah,\n\nPlease find our proposal attached: $120,000 for iOS and Android, five months, "
                                + "fixed price.\n\nHappy to walk you through it.")
                .writes(-280, mike, "Anna,\n\nWe reviewed it with our CFO and would like to go ahead. "
                        + "Can we schedule the signing?")
                .answers(-280, "Wonderful news, Mike! Sending an invite for next week.")
                .meeting(-276, "Acme Fitness contract signing #won").won()
                .answers(-276, "Sarah, Mike, thank you! Kick-off is on Monday; Dmitry will send the agenda.");

        s.lead("gorodapp.ru", "Город", Lang.RU, p("kirill@gorodapp.ru", "Кирилл Лебедев"))
                .thread("Разработка приложения для городского сервиса")
                .writes(-280, "Здравствуйте!\n\nМы делаем сервис заказа услуг для жителей города и ищем подрядчика "
                        + "на мобильное приложение. Бюджет 500 тыс. рублей. Сможете?").budget("500000", "RUB")
                .answers(-279, "Кирилл, добрый день! Спасибо за письмо. Давайте созвонимся в четверг — расскажу, "
                        + "как мы работаем.")
                .writes(-277, "Анна, четверг подходит.")
                .meeting(-273, "Созвон: Город × Pocket Studio")
                .answers(-273, "Кирилл, спасибо за созвон! Как договорились, пришлю расчёт до конца недели.")
                .proposal(-268, "900000", "RUB", "КП Pocket Studio — Город.pdf",
                        "Кирилл, добрый день!\n\nВо вложении коммерческое предложение: 900 тыс. руб., три месяца. "
                                + "Понимаю, что это больше заявленного — готовы обсудить урезанный первый релиз.")
                .writes(-255, "Анна, спасибо за предложение. К сожалению, мы выбрали другого подрядчика.").lost();

        Person lars = p("lars@nordicapps.se", "Lars Eriksson");
        s.lead("nordicapps.se", "Nordic Apps", Lang.EN, lars)
                .thread("Booking app redesign")
                .writes(-40, "Hi Anna,\n\nYou were recommended to us by Maria at Acme Fitness. We need a redesign and "
                        + "rebuild of our booking app. We think it needs 4 developers; nobody here knows mobile.")
                .referral().team(4)
                .answers(-39, "Hi Lars,\n\nThank you, and thanks to Maria! Would Tuesday work for a video call?")
                .writes(-38, "Tuesday 2pm CET works for us.")
                .meeting(-34, "Nordic Apps: discovery call", DMITRY)
                .answers(-34, "Lars, thanks for the call. Summary:\n- scope: booking, payments, push\n- a design "
                        + "sprint first\n\nWe'll send the numbers soon.")
                .proposal(-25, "85000", "EUR", "Pocket Studio proposal - Nordic Apps.pdf",
                        "Hi Lars,\n\nAttached is our proposal: €85,000 for the redesign and rebuild, four months."
                                + "\n\nLooking forward to your thoughts.")
                .writes(-6, "Anna, looks good overall. Our board meets next week; let's talk after that.")
                .answers(-5, "Sounds good, Lars. I've put a call in our calendars.")
                .meeting(8, "Nordic Apps: next steps");

        s.lead("medved-bank.ru", "Медведь Банк", Lang.RU, p("o.medvedev@medved-bank.ru", "Олег Медведев"))
                .thread("Мобильный банк")
                .writes(-60, "Анна, добрый день!\n\nНам вас порекомендовали коллеги из Otkat Kontora. Хотим обновить "
                        + "мобильный банк; с вашей стороны ждём команду из 8 человек.").referral().team(8)
                .answers(-59, "Олег, добрый день! Спасибо за обращение. Предлагаю встречу у вас в офисе в среду.")
                .writes(-58, "Среда подходит, ждём вас в 11:00.")
                .meeting(-54, "Встреча в Медведь Банке");

        s.lead("fintrack.io", "FinTrack", Lang.EN, p("emma@fintrack.io", "Emma Brown"))
                .thread("Intro: FinTrack <> Pocket Studio")
                .introducedBy(-200, KATE, "Hi Anna,\n\nMeet Emma, CPO at FinTrack: they need a mobile app for their "
                        + "expense tracking product. Emma, Anna runs sales at Pocket Studio, our go-to mobile partner."
                        + "\n\nI'll let you two take it from here.")
                .writes(-199, "Thanks Kate! Anna, great to meet you. We are 6 people, all backend. When can we talk?")
                .team(6)
                .answers(-199, "Hi Emma, nice to meet you! I'll send a couple of slots tomorrow.")
                .writes(-190, "Anna, we've decided to pause mobile until the autumn. I'll come back to you.");

        Person jonas = p("jonas@zoomride.de", "Jonas Weber");
        s.lead("zoomride.de", "ZoomRide", Lang.EN, jonas)
                .thread("Scooter sharing app")
                .writes(-120, jonas, List.of(KATE), "Hello Anna,\n\nKate from Bridge Agency suggested we contact you "
                        + "(Kate in copy). We are launching scooter sharing in Berlin and need apps for riders and "
                        + "service staff. Budget: €50 000.").budget("50000", "EUR")
                .answers(-119, "Hi Jonas,\n\nThanks, and thanks Kate! Let's meet: does Monday work?")
                .meeting(-115, "ZoomRide intro", DMITRY)
                .answers(-115, "Jonas, thanks for the meeting. We'll prepare the scope for both apps.")
                .proposal(-105, "65000", "EUR", "ZoomRide estimate.pdf",
                        "Hi Jonas,\n\nAttached is our estimate: €65,000 for both apps, four months.")
                .writes(-100, "Thanks Anna, we'll review it internally.")
                .reminder(3, "Ping Jonas (ZoomRide) jonas@zoomride.de");

        s.lead("lenta-media.ru", "Лента Медиа", Lang.RU, p("anya@lenta-media.ru", "Анна Ковалёва"))
                .thread("Знакомство: Лента Медиа и Pocket Studio")
                .introducedBy(-230, IGOR, "Анна, привет!\n\nЗнакомлю с Анной Ковалёвой из Лента Медиа: им нужно "
                        + "новостное приложение. Аня, Pocket Studio — наши партнёры по мобильной разработке.")
                .writes(-229, "Анна, добрый день! Да, нам это интересно. Когда удобно созвониться?")
                .answers(-229, "Анна, добрый день! Предлагаю пятницу, 15:00.")
                .meeting(-225, "Лента Медиа — созвон")
                .answers(-225, "Спасибо за созвон! Жду от вас описание проекта.")
                .reminder(-200, "Лента Медиа — проект заморожен #lost",
                        "anya@lenta-media.ru: бюджет урезали, вернуться через полгода").lost();

        s.lead("ivan.petrov.dev@gmail.com", "Иван Петров", Lang.RU, p("ivan.petrov.dev@gmail.com", "Иван Петров"))
                .thread("Приложение для стартапа")
                .writes(-90, "Добрый день! Я основатель небольшого стартапа, хочу MVP приложения для репетиторов. "
                        + "Сколько это может стоить?");

        s.lead("olga.startup@mail.ru", "Ольга Кузнецова", Lang.RU, p("olga.startup@mail.ru", "Ольга Кузнецова"))
                .htmlOnly()
                .thread("Вопрос по разработке")
                .writes(-75, "Анна, здравствуйте! Хочу сделать приложение для своего салона красоты: запись и бонусы.")
                .answers(-74, "Ольга, добрый день! С удовольствием. Расскажите, пожалуйста, подробнее: сколько у вас "
                        + "салонов, есть ли сайт с записью?")
                .writes(-70, "Пока один салон, сайт есть. Бюджет небольшой — 300 тыс. рублей.")
                .budget("300000", "RUB");

        s.lead("sergey.k@yandex.ru", "Сергей Кузьмин", Lang.RU, p("sergey.k@yandex.ru", "Сергей Кузьмин"))
                .thread("Приложение для сети кофеен")
                .writes(-20, "Анна, добрый день! Мне вас посоветовали знакомые. У меня три кофейни, хочу приложение "
                        + "лояльности.").referral()
                .answers(-20, "Сергей, добрый день! Спасибо! Давайте встретимся — удобно в понедельник?")
                .writes(-19, "Да, давайте.")
                .meeting(-15, "Встреча с Сергеем (кофейни)")
                .answers(-14, "Сергей, спасибо за встречу! Пришлю варианты по срокам и функциям.")
                .reminder(4, "Позвонить Сергею sergey.k@yandex.ru — кофейни");

        s.lead("bigretail.com", "BigRetail", Lang.EN, p("t.baker@bigretail.com", "Tom Baker"))
                .thread("Mobile app for the BigRetail loyalty program")
                .pitch(-5, "Hi Tom,\n\nI saw that BigRetail is relaunching its loyalty program. Pocket Studio builds "
                        + "mobile apps for retail chains; our last one doubled repeat purchases.\n\n" + EN_SCREENING
                        + "\n\nWould a 20-minute call next week make sense?");

        s.lead("coffeechain.co.uk", "Coffee Chain", Lang.EN, p("holly@coffeechain.co.uk", "O'Brien, Holly"))
                .thread("Order-ahead app for Coffee Chain")
                .pitch(-45, "Hi Holly,\n\nI noticed Coffee Chain has no order-ahead app yet. We built one for a "
                        + "bakery chain last year.\n\n" + EN_SCREENING + "\n\nShall I send a few case studies?")
                .writes(-40, "Hi Anna, thanks for reaching out. We might be interested in the autumn. "
                        + "Yes, please share the case studies.")
                .answers(-40, "Sure! Here they are: pocketstudio.io/cases/bakery, pocketstudio.io/cases/fitness.")
                .writes(-8, "Thanks, Anna. I shared them with our COO; we'll be in touch.");

        Person sokolov = p("d.sokolov@logistika.ru", "Дмитрий Соколов");
        s.lead("logistika.ru", "Логистика Плюс", Lang.RU, sokolov)
                .reminder(-100, "Написать Дмитрию Соколову (Логистика Плюс) d.sokolov@logistika.ru")
                .thread("Приложение для водителей")
                .pitch(-99, "Дмитрий, добрый день!\n\nPocket Studio делает приложения для логистики: маршруты, "
                        + "фотоотчёты, подписи на экране.\n\n" + RU_SCREENING + "\n\nИнтересно ли вам?")
                .writes(-95, "Анна, добрый день. Тема интересная, давайте встретимся.")
                .answers(-95, "Отлично! Отправила приглашение на четверг.")
                .meeting(-90, "Логистика Плюс: встреча", DMITRY)
                .answers(-89, "Дмитрий, спасибо за встречу! Ждём от вас сроков бюджетирования.")
                .writes(-12, "Анна, вернулись к теме. Бюджет на приложение — 1.2M RUB, с вашей стороны хватит "
                        + "команды из 2 человек.").budget("1200000", "RUB").team(2)
                .answers(-11, "Дмитрий, отлично. Давайте обсудим детали на встрече.")
                .meeting(6, "Логистика Плюс: детали проекта");

        s.lead("travelbee.com", "TravelBee", Lang.EN, p("nina@travelbee.com", "Nina Patel"))
                .thread("Pocket Studio x TravelBee")
                .pitch(-210, "Hi Nina,\n\nCongratulations on the new funding round! Pocket Studio builds travel and "
                        + "booking apps.\n\n" + EN_SCREENING + "\n\nOpen to a chat?")
                .writes(-205, "Hi Anna, good timing: we're looking for an agency for our travel app. "
                        + "Our budget is $200,000.").budget("200000", "USD")
                .answers(-205, "Great! Would Wednesday work for a call?")
                .meeting(-200, "TravelBee intro")
                .answers(-200, "Thanks for the call, Nina. We'll send the plan and price shortly.")
                .proposal(-190, "180000", "USD", "TravelBee proposal.pdf",
                        "Hi Nina,\n\nOur proposal is attached: $180,000, six months, two platforms.")
                .writes(-170, "Anna, thank you for your time. In the end we went with another vendor who already "
                        + "worked in travel.").lost();

        Person paul = p("paul.martin@greenbank.eu", "Paul Martin");
        s.lead("greenbank.eu", "GreenBank", Lang.EN, paul)
                .reminder(-250, "Remind Paul from GreenBank paul.martin@greenbank.eu about the app idea")
                .thread("GreenBank mobile")
                .pitch(-248, "Hi Paul,\n\nFollowing up on our chat at the fintech meetup. Pocket Studio builds "
                        + "banking apps with strong security.\n\n" + EN_SCREENING + "\n\nWorth a call?")
                .writes(-240, "Hi Anna, let's talk. We're 10 people in digital and need an external team for mobile.")
                .team(10)
                .answers(-240, "Great, Paul! I've sent an invite for Friday.")
                .meeting(-235, "GreenBank intro", DMITRY)
                .answers(-235, "Paul, thanks for your time today. The price and plan will follow next week.")
                .proposal(-225, "150000", "EUR", "GreenBank – Pocket Studio proposal.pdf",
                        "Hi Paul,\n\nPlease find attached our proposal: €150,000, five months.")
                .writes(-215, "Anna, we accept. Our legal will send the paperwork.")
                .answers(-205, "Contract signed, thank you Paul! We start on Monday.").won();

        s.lead("healthplus.com", "HealthPlus", Lang.EN, p("rachel@healthplus.com", "Rachel Green"))
                .htmlOnly()
                .ownerCopies(DMITRY)
                .thread("Patient app RFP")
                .writes(-50, "Hello,\n\nHealthPlus is looking for a vendor to build a patient app. We have "
                        + "12 developers but none on mobile. Target budget is $250,000.").team(12).budget("250000", "USD")
                .answers(-49, "Hello Rachel,\n\nThank you for including us. Could we run a requirements workshop "
                        + "next week?")
                .meeting(-44, "HealthPlus: requirements workshop", DMITRY, OLGA)
                .answers(-44, "Rachel, thank you for the workshop. Notes attached to the calendar event.")
                .proposal(-30, "240000", "USD", "HealthPlus proposal.pdf",
                        "Hello Rachel,\n\nOur proposal is attached: $240,000 for the patient app, six months.")
                .writes(-10, "Anna, the proposal is with our procurement team. Expect feedback by the end of the month.")
                .answers(-10, "Thank you, Rachel! I'll keep a slot for a follow-up call.")
                .meeting(12, "HealthPlus: procurement Q&A");

        Person masha = p("m.ivanova@shkola-online.ru", "Мария Иванова");
        Person gromov = p("cto@shkola-online.ru", "Алексей Громов");
        s.lead("shkola-online.ru", "Школа Онлайн", Lang.RU, masha, gromov)
                .thread("Приложение для онлайн-школы")
                .writes(-35, masha, List.of(gromov), "Добрый день! Мы онлайн-школа, хотим мобильное приложение для "
                        + "учеников. Подключаю нашего CTO Алексея.")
                .writes(-34, gromov, "Анна, добрый день. Мобильных разработчиков у нас нет; думаем, понадобится 7 человек.").team(7)
                .answers(-34, "Алексей, Мария, добрый день! Предлагаю встречу в понедельник.")
                .meeting(-28, "Школа Онлайн: знакомство")
                .answers(-27, "Мария, Алексей, спасибо за встречу! Жду ваш список функций.");

        s.lead("petshop.de", "PetShop", Lang.EN, p("hannah@petshop.de", "Hannah Schmidt"))
                .thread("App for our pet store")
                .writes(-6, "Hi! We're an online pet store and want our first mobile app. Are you available for a "
                        + "project starting in May?")
                .answers(-5, "Hi Hannah, yes we are! Could you send a short brief?")
                .writes(-3, "Great, here's the brief: catalogue, subscriptions, vet chat.\n"
                        + "From our side, Lukas will be the product owner.\nWe'd like a team of 5 on it and our budget is €40k.")
                .team(5).budget("40000", "EUR");

        s.lead("smartfarm.kz", "SmartFarm", Lang.RU, p("aidar@smartfarm.kz", "Айдар Нурланов"))
                .thread("Приложение для агрономов")
                .writes(-2, "Здравствуйте! Ищем разработчиков для приложения агрономов. Можно обсудить?");

        s.lead("stroy-invest.ru", "Строй Инвест", Lang.RU, p("n.belova@stroy-invest.ru", "Наталья Белова"))
                .thread("Знакомство: Строй Инвест")
                .introducedBy(-150, VASYA, "Анна, добрый день!\n\nЗнакомлю вас с Натальей из Строй Инвест — им "
                        + "тоже нужно приложение. Мы очень довольны работой с вами.")
                .writes(-149, "Анна, добрый день! Подтверждаю, хотим обсудить приложение для покупателей квартир.")
                .answers(-149, "Наталья, добрый день! Спасибо Василию за знакомство. Пришлите, пожалуйста, описание.")
                .writes(-12, "Анна, извините за паузу, вернулись к проекту. Описание пришлю на этой неделе.");

        Person nick = p("nick@quickpay.io", "Nick Rossi");
        s.lead("quickpay.io", "QuickPay", Lang.EN, nick)
                .thread("Wallet app")
                .writes(-130, "Hi Anna, we need a wallet app and a demo app for our payments SDK. "
                        + "Budget around 90k USD.").budget("90000", "USD")
                .answers(-129, "Hi Nick, happy to help. Are you free on Tuesday?")
                .meeting(-124, "QuickPay intro")
                .answers(-124, "Nick, thanks for the call! The plan and price will follow.")
                .proposal(-115, "95000", "USD", "QuickPay proposal.pdf",
                        "Hi Nick,\n\nOur proposal is attached: $95,000 for both apps.")
                .writes(-100, "Anna, approved. Our legal is finalising the paperwork.")
                .reminder(-95, "QuickPay #won", "nick@quickpay.io: paperwork done, kick-off next week").won();

        s.lead("avtodor-service.ru", "Автодор Сервис", Lang.RU, p("s.orlov@avtodor-service.ru", "Сергей Орлов"))
                .thread("Доработка приложения")
                .writes(-160, "Добрый день, нужна доработка нашего приложения для автосервисов.")
                .answers(-159, "Сергей, добрый день! Пришлите, пожалуйста, ссылку на приложение и список задач.")
                .writes(-150, "Анна, спасибо, но для нас это уже не актуально — руководство отложило проект.").lost();

        Person alina = p("a.zaitseva@ecomarket.ru", "Алина Зайцева");
        s.lead("ecomarket.ru", "ЭкоМаркет", Lang.RU, alina)
                .thread("Приложение доставки фермерских продуктов")
                .writes(-180, alina, List.of(IGOR), "Анна, добрый день! Игорь из Bridge Agency (в копии) рассказал "
                        + "о вас. Нам нужно приложение для доставки фермерских продуктов. Бюджет — 4 млн руб.")
                .budget("4000000", "RUB")
                .answers(-179, "Алина, добрый день! Спасибо, Игорь! Давайте встретимся на этой неделе.")
                .meeting(-172, "ЭкоМаркет: встреча", DMITRY)
                .answers(-172, "Алина, спасибо за встречу! Расчёт пришлём в течение недели.")
                .proposal(-160, "3800000", "RUB", "Коммерческое предложение — ЭкоМаркет.pdf",
                        "Алина, добрый день!\n\nВо вложении коммерческое предложение: 3,8 млн руб., пять месяцев.")
                .writes(-150, "Анна, всё согласовали, давайте подписывать.")
                .meeting(-145, "ЭкоМаркет: подписание договора #won").won()
                .answers(-145, "Алина, спасибо! Стартуем в понедельник.");

        s.lead("kinoteka.ru", "Кинотека", Lang.RU, p("marina@kinoteka.ru", "Марина"))
                .reminder(-9, "Call Marina from Kinoteka marina@kinoteka.ru",
                        "Познакомились на выставке; приложение для сети кинотеатров");

        Person liam = p("liam@brightbyte.io", "Liam Walsh");
        s.lead("brightbyte.io", "BrightByte", Lang.EN, liam)
                .thread("Help with our iOS app")
                .writes(-25, "Hi Anna, BrightByte here. We need help with our iOS app: crashes and a slow start.")
                .answers(-24, "Hi Liam, sure. Let's do a call next week; I'll bring our iOS lead.")
                .meeting(-12, "BrightByte: intro call", DMITRY)
                .reminder(1, "Send BrightByte the summary liam@brightbyte.io");

        s.lead("john.miller.apps@gmail.com", "John Miller", Lang.EN, p("john.miller.apps@gmail.com", "John Miller"))
                .thread("Habit tracker app")
                .writes(-80, "Hi Anna, I was referred by a friend from the Mobius conference. I'm a solo founder "
                        + "building a habit-tracking app.").referral()
                .answers(-79, "Hi John, thanks for writing! What platforms and timeline do you have in mind?")
                .writes(-75, "iOS first, launch in the autumn. My budget is $30,000 max.").budget("30000", "USD")
                .proposal(-65, "32000", "USD", "Proposal - Habit app.pdf",
                        "Hi John,\n\nHere is our proposal: $32,000 for the iOS app, ten weeks.")
                .writes(-60, "Thanks, I'll think about it.");

        s.lead("fastfood-group.ru", "Фастфуд Групп", Lang.RU, p("ceo@fastfood-group.ru", "Роман Беляев"))
                .thread("Редизайн приложения доставки")
                .writes(-70, "Добрый день! Нужен редизайн приложения доставки. Текущее поддерживает команда из "
                        + "3 человек.").team(3)
                .answers(-69, "Роман, добрый день! Давайте встретимся, покажем похожие проекты.")
                .meeting(-63, "Фастфуд Групп: встреча")
                .answers(-62, "Роман, спасибо за встречу! Соберём варианты и вернёмся.")
                .proposal(-20, "2500000", "RUB", "КП Pocket Studio.pdf",
                        "Роман, добрый день!\n\nНаправляю коммерческое предложение: 2,5 млн руб., три месяца.")
                .writes(-3, "Анна, КП получили, изучаем. Вернёмся на следующей неделе.");

        s.lead("autoparts.pl", "AutoParts", Lang.EN, p("piotr@autoparts.pl", "Piotr Nowak"))
                .thread("Parts catalogue app")
                .pitch(-120, "Hi Piotr,\n\nPocket Studio builds catalogue and ordering apps for distributors.\n\n"
                        + EN_SCREENING + "\n\nWould you like to see examples?")
                .writes(-118, "Hi Anna, interesting. Let's talk in a couple of months.")
                .answers(-118, "Sure, Piotr, I'll get back to you then.");

        s.lead("k.smith@outlook.com", "Kelly Smith", Lang.EN, p("k.smith@outlook.com", "Kelly Smith"))
                .thread("Meditation app idea")
                .writes(-9, "Hello, I have an idea for a meditation app and I'm looking for a studio to build it.")
                .answers(-8, "Hi Kelly, lovely idea! Could you tell me a bit more about the audience?")
                .writes(-4, "Busy parents, mostly. I'd love to see some of your previous work.");
    }

    private static void noise(Story s) {
        s.noise.addAll(List.of("pocketstudio.io", DMITRY.address(), OLGA.address(), MAXIM.address(),
                PARTNER_DOMAIN, KATE.address(), IGOR.address(), ROOM.address(), "calendar.google.com",
                "mobiledevweekly.com", "newsletter@mobiledevweekly.com", "vc.ru", "digest@vc.ru",
                "github.com", "noreply@github.com", "google.com", "no-reply@accounts.google.com",
                "googlemail.com", "mailer-daemon@googlemail.com"));
        Person weekly = p("newsletter@mobiledevweekly.com", "Mobile Dev Weekly");
        Person vc = p("digest@vc.ru", "vc.ru");
        Person github = p("noreply@github.com", "GitHub");
        for (int month = 11; month >= 0; month--) {
            Mail m = s.note("Mobile Dev Weekly #" + (300 - month) + ": agencies, proposals and $2M seed rounds",
                    s.day(-30 * month - 3), weekly, s.owner,
                    "This week: how agencies write a winning proposal, a $2M seed round for a habit app, "
                            + "and why your team of 5 needs a release train.\n\nUnsubscribe any time.", Mail.Body.HTML);
            m.header("List-Id", "Mobile Dev Weekly <weekly.mobiledevweekly.com>")
                    .header("List-Unsubscribe", "<https://mobiledevweekly.com/u/" + month + ">, <mailto:unsubscribe@mobiledevweekly.com>")
                    .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            m.gmail(m.gmailId, m.threadId, List.of("Category Promotions", "Unread"));
        }
        for (int i = 0; i < 6; i++) {
            s.note("Дайджест vc.ru: стартап привлёк 3,5 млн руб.", s.day(-55 * i - 10), vc,
                            s.owner, "Главное за неделю: стартап привлёк 3,5 млн руб., команда из 12 человек "
                                    + "запустила приложение, договор подписан с крупным ритейлером.", Mail.Body.PLAIN)
                    .header("List-Unsubscribe", "<https://vc.ru/unsubscribe>")
                    .header("Precedence", "bulk");
        }
        for (int i = 0; i < 4; i++) {
            s.note("[pocketstudio/app] Run failed: build - main (" + (1000 + i) + ")", s.day(-70 * i - 7), github,
                    s.owner, "The build workflow failed on main.\nView the run on GitHub.", Mail.Body.PLAIN);
        }
        s.note("Security alert", s.day(-140), p("no-reply@accounts.google.com", "Google"), s.owner,
                "A new sign-in on Mac.\nIf this was you, you don't need to do anything.", Mail.Body.PLAIN);
        s.note("Delivery Status Notification (Failure)", s.day(-247), p("mailer-daemon@googlemail.com",
                "Mail Delivery Subsystem"), s.owner, "Address not found\n\nYour message wasn't delivered to "
                + "sales@old-partner.example because the address couldn't be found.", Mail.Body.PLAIN);

        s.note("Estimate for HealthPlus", s.day(-31), DMITRY, s.owner,
                "Anna, I think $240,000 is right for HealthPlus; the team of 4 for six months.", Mail.Body.PLAIN);
        s.note("Vacation", s.day(-120), OLGA, s.owner, "Hi Anna, I'm off from Monday to Friday next week.", Mail.Body.PLAIN);
        s.note("Q3 targets", s.day(-200), MAXIM, s.owner, "Team, our Q3 target is 3 signed contracts.", Mail.Body.PLAIN);
        for (int i = 0; i < 3; i++) {
            s.note("Pipeline update", s.day(-100 * i - 16), s.owner, MAXIM,
                    "Maxim, pipeline update for this month is in our shared doc.", Mail.Body.PLAIN);
        }

        contacts(s);
        calendar(s);
    }

    /** People Anna writes to who are not leads: a supplier, a job candidate, a friend (the contacts page). */
    private static void contacts(Story s) {
        Person hosting = p("billing@hostwell.com", "Hostwell Billing");
        Person candidate = p("k.orlova.dev@gmail.com", "Ксения Орлова");
        Person friend = p("misha.k@mail.ru", "Миша");
        s.noise.addAll(List.of("hostwell.com", hosting.address(), candidate.address(), friend.address()));
        for (int month = 3; month >= 1; month--) {
            s.note("Hostwell invoice", s.day(-30 * month - 2), hosting, s.owner,
                    "Your invoice for the dedicated server is attached: $149, due on the 15th.", Mail.Body.PLAIN);
            s.note("Re: Hostwell invoice", s.day(-30 * month - 1), s.owner, hosting, "Paid, thanks.", Mail.Body.PLAIN);
        }
        s.note("Вакансия iOS-разработчика", s.day(-12), candidate, s.owner,
                "Здравствуйте! Хочу откликнуться на вакансию iOS-разработчика, резюме во вложении.", Mail.Body.PLAIN);
        s.note("Re: Вакансия iOS-разработчика", s.day(-11), s.owner, candidate,
                "Спасибо! Приходите на собеседование в четверг.", Mail.Body.PLAIN);
        own(s, "Собеседование: Ксения Орлова", "Office, Volga room", s.slot(-9), Duration.ofMinutes(45), List.of(candidate));
        s.note("Шашлыки", s.day(-20), friend, s.owner, "Привет! Шашлыки в субботу в силе?", Mail.Body.PLAIN);
        s.note("Re: Шашлыки", s.day(-20), s.owner, friend, "Конечно, буду!", Mail.Body.PLAIN);
    }

    private static void calendar(Story s) {
        LocalDate firstMonday = s.today().minusDays(364).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (Duration.between(firstMonday.atStartOfDay(), s.today().plusDays(28).atStartOfDay()).toDays() / 7);
        Instant first = firstMonday.atTime(LocalTime.of(10, 0)).atZone(Story.ZONE).toInstant();
        Instant skipped = firstMonday.plusWeeks(20).atTime(LocalTime.of(10, 0)).atZone(Story.ZONE).toInstant();
        s.ownEvent(new CalendarEvent(s.uid(), "Weekly stand-up", "Sales and delivery sync", "Office, Volga room",
                first, first.plus(Duration.ofMinutes(30)), null, MAXIM,
                List.of(new CalendarEvent.Attendee(MAXIM, false), new CalendarEvent.Attendee(s.owner, false),
                        new CalendarEvent.Attendee(DMITRY, false), new CalendarEvent.Attendee(OLGA, false),
                        new CalendarEvent.Attendee(ROOM, true)),
                weeks, List.of(skipped), first.minus(Duration.ofDays(3))));
        for (int i = 0; i < 3; i++) {
            own(s, "Dentist", "Smile Clinic, Tverskaya 12", s.slot(-120 * i - 17), Duration.ofMinutes(45), List.of());
        }
        own(s, "Pick up Masha from school", "", s.slot(-33), Duration.ofMinutes(30), List.of());
        own(s, "Trip to Kazan office", "Kazan, Peterburgskaya 50", s.slot(-95), Duration.ofHours(3), List.of());
        own(s, "Quarterly planning", "Office, Volga room", s.slot(-80), Duration.ofHours(2),
                List.of(MAXIM, DMITRY, OLGA));
        allDay(s, "Talk at Mobius: \"Shipping apps without a CRM\"", "St. Petersburg, Expoforum", s.workday(-150));
        allDay(s, "Talk at AppsConf", "Moscow, Infospace", s.workday(20));
    }

    private static void own(Story s, String title, String location, Instant start, Duration length, List<Person> with) {
        List<CalendarEvent.Attendee> attendees = new ArrayList<>();
        if (!with.isEmpty()) {
            attendees.add(new CalendarEvent.Attendee(s.owner, false));
            with.forEach(p -> attendees.add(new CalendarEvent.Attendee(p, false)));
        }
        s.ownEvent(new CalendarEvent(s.uid(), title, "", location, start, start.plus(length), null, s.owner,
                attendees, 0, List.of(), earlier(s, start)));
    }

    private static void allDay(Story s, String title, String location, LocalDate day) {
        Instant start = day.atStartOfDay(Story.ZONE).toInstant();
        s.ownEvent(new CalendarEvent(s.uid(), title, "", location, start, start.plus(Duration.ofDays(1)), day,
                s.owner, List.of(), 0, List.of(), earlier(s, start)));
    }

    private static Instant earlier(Story s, Instant start) {
        Instant created = start.minus(Duration.ofDays(5 + s.random.nextInt(20)));
        return created.isBefore(s.now) ? created : s.now.minus(Duration.ofDays(1));
    }
}
