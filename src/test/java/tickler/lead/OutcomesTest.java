package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tickler.lead.LeadInferenceTest.OWNER;
import static tickler.lead.LeadInferenceTest.infer;
import static tickler.lead.LeadInferenceTest.lead;
import static tickler.testkit.Acts.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tickler.activity.Activity;

/** Acceptance, decline and postponement in everyday words; negation; a lost lead taken up again. */
class OutcomesTest {

    private static final String LEAD = "nina@shop.ru";
    private static final Activity ASK = mail("ask").at("2026-10-01T10:00").from(LEAD).to(OWNER).text("Нужен интернет-магазин").build();
    private static final Activity OFFER = mail("offer").at("2026-10-03T10:00").from(OWNER).to(LEAD).sent()
            .text("Высылаю коммерческое предложение").build();

    /** The stage after the lead's inquiry, the owner's reply and the owner's message after a call. */
    private static Stage afterTheOwnersMessage(String text) {
        Activity reply = mail("reply").at("2026-10-02T10:00").from(LEAD).to(OWNER).text("Давайте созвонимся в четверг.").build();
        Activity owners = mail("owners").at("2026-10-05T10:00").from(OWNER).to(LEAD).sent().text(text).build();
        return lead(infer("2026-10-25T12:00", ASK, reply, owners), "shop.ru").stage();
    }

    /**
     * A short phrase across a comma, a negation not sought beyond an "and"; the owner's terms and
     * plans for an estimate are no outcome and no proposal.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lead|ок, го|WON",
            "lead|Спасибо, но нет.|LOST",
            "lead|Hej, we have decided not to continue with this project. Thank you for your time.|LOST",
            "lead|Sorry, the budget for this got cut and it's not coming back this year.|LOST",
            "lead|Коллеги, спасибо, но у соседей дешевле, мы пошли к ним.|LOST",
            "lead|Руководство сказало: не за такие деньги. Так что стоп.|LOST",
            "lead|Ryan Quinn here from Willowwave. I read the proposal twice, asked my wife, slept on it. Let's build it.|WON",
            "lead|Подумали и решили: сделаем сами, своими силами.|LOST",
            "lead|Добрый вечер. Состав команды устраивает, трое человек — нормально. Давайте договор.|WON",
            "lead|Работаете ли вы с резидентами РБ и в каком порядке заключается договор?|PROPOSAL",
            "lead|Всё устраивает, заключаем договор.|WON",
            "owner|Automatic reply: we've received your request. To speed things up, please tell us your estimated budget and launch date.|ENGAGED",
            "lead|Давайте за 600 тыс. руб., и завтра же подписываем договор.|PROPOSAL",
            "lead|В другом месте нам назвали дешевле, но хотим работать именно с вами. Сделайте 450 000 рублей, пожалуйста.|PROPOSAL",
            "lead|Dear Anna, after careful evaluation of the three offers received we have decided to award the contract to another provider. This decision is final.|LOST",
            "lead|I'm afraid the answer is no. Our parent company in Geneva has signed a global agreement with an integrator and we are obliged to use them.|LOST",
            "lead|Договор подписан, КП согласовано, начинаем.|WON",
            "lead|У меня есть примерно триста тысяч рублей. Может, сначала сделать самое нужное, а остальное потом?|PROPOSAL",
            "lead|Agreed, please send the proposal for the second phase.|PROPOSAL",
            "lead|The checkout on our shop keeps failing and we need it rebuilt properly. When can you start?|PROPOSAL",
            "owner|Чтобы не тратить ваше время: берём задачи от 500 000 рублей.|ENGAGED",
            "owner|Берём фикс-проекты от 2 млн руб., дальше можно на поддержку.|ENGAGED",
            "owner|Спасибо, что обратились. Наши проекты — от $3k до $15k, чаще где-то посередине. Напишите, в какую вилку попадаете.|ENGAGED",
            "owner|Before we go further: I only take engagements of 4+ weeks, and my rate works out around $15,000 a month. If that's in range, send me a paragraph.|ENGAGED",
            "owner|Thanks for the call. Agreed: scope = phase 1 only. Actions: you — send API credentials; me — estimate by Wed 12:00.|ENGAGED",
            "owner|Following up on today's call — could you send over the API docs so we can refine the estimate?|ENGAGED",
            "owner|As promised, here's the link to the case study; the proposal follows early next week.|ENGAGED",
            "owner|Great to meet in person. I've booked a follow-up for Thursday to go through the estimate.|ENGAGED",
            "owner|Рад был увидеться вживую. Поставил встречу на четверг, разберём смету.|ENGAGED",
            "owner|Высылаю смету: 1 850 000 руб. за весь объём работ.|PROPOSAL",
            "owner|Thanks for writing! Just so you know, nothing we build comes in under $40,000.|ENGAGED",
            "owner|Thanks for the call. Action items: me → estimate and timeline; you → the list of must-have features.|ENGAGED",
            "owner|Спасибо за встречу. С нас — смета и сроки, с вас — доступы к API.|ENGAGED",
            "owner|Ольга, спасибо! Рад, что наконец познакомились вживую. Итак, от нас: дорожная карта и смета. От вас: список пользователей и ролей.|ENGAGED",
            "owner|Cheers for the chat this morning. So: web app first, mobile later, and you've got about 30 thousand dollars to play with. I'll put a proposal together around that.|ENGAGED",
            "lead|Коротко: не идём. Рынок встал, сделок почти нет, сейчас не до новой CRM.|LOST",
            "lead|Hello love, I've decided against the booking website after all. The rooms are full till September, so I don't need the bother.|LOST",
            "owner|Thanks for your time. We are waiting on the API docs from your side before we estimate.|ENGAGED",
            "owner|Quick recap of today: budget around $48,000, a team of four, start in February.|ENGAGED",
            "owner|Спасибо за встречу. Кратко: запуск в мае, с нашей стороны — КП.|ENGAGED",
            "owner|Thanks for today. The proposal is in the works and should be with you on Tuesday.|ENGAGED",
            "owner|Thanks for the coffee. I understand the board needs to see two options, so I'll prepare a lean and a full version. Expect them early next week.|ENGAGED",
            "owner|Thanks for your interest. Every project is different, so rather than quote blind I'd like to ask: roughly what budget are you working with?|ENGAGED",
            "owner|Thanks for the call! Who should sign off on the proposal on your side? I'll send it on Monday.|ENGAGED",
            "owner|Спасибо! Коротко: КП в работе, будет у вас во вторник.|ENGAGED",
            "owner|Great call. We are preparing the quote with my partner and will send it on Thursday.|ENGAGED",
            "owner|Thanks for the call! To sum up: budget about 25 000 EUR, two developers, start in September.|ENGAGED",
            "owner|Спасибо за звонок. Итоги: бюджет до 30 000 USD, команда 4 человека, старт в апреле.|ENGAGED",
            "owner|Many thanks for the meeting. You mentioned a ceiling of £25k for phase one; we'll keep that in mind.|ENGAGED",
            "owner|Итоги встречи: бюджет около 2 млн руб., наша оценка — 2,4 млн руб.|PROPOSAL",
            "owner|Please find our proposal attached: 48 000 EUR for the first release, in three milestones.|PROPOSAL",
            "owner|Спасибо за запрос. Проекты с бюджетом ниже 900 тысяч рублей мы, к сожалению, не берём.|ENGAGED",
            "owner|Thanks for reaching out! For context, most of what we build lands somewhere between €20k and €70k.|ENGAGED",
            "owner|Добрый день! Средний проект у нас — 900 тысяч рублей и три месяца работы. Вам подходит?|ENGAGED",
            "owner|Здравствуйте! Чаще всего наши проекты стоят от 400 тысяч до 2 миллионов рублей. Какой бюджет у вас?|ENGAGED",
            "owner|hey, thanks for the message! I work remote from the road, usual gigs are 2–8k USD. what's your budget & deadline?|ENGAGED",
            "owner|Quick recap: a booking app for three clinics, launch before summer, and you'd prefer a fixed price. Next step: a proposal by Friday.|ENGAGED",
            "owner|Благодарим за обращение. Для оценки проекта просим сообщить планируемый бюджет и желаемые сроки.|ENGAGED",
            "owner|thanks for the call!! recap: landing + waitlist + stripe, you send the copy, I send a quote tomorrow|ENGAGED",
            "owner|Спасибо за разговор! Можем стартовать с 15-го. Счёт на предоплату пришлю после согласования КП.|ENGAGED",
            "owner|Thanks for today. We'd need read access to your staging server for the estimate. Could you arrange that?|ENGAGED",
            "owner|Уточнил у ребят: сделать можно, но через промежуточный сервис. Подробнее распишу в КП.|ENGAGED",
            "owner|Резюме: веб-платформа, интеграция с Яндекс Доставкой, старт в мае. КП — до среды.|ENGAGED",
            "owner|Благодарю за созвон. Резюмирую: запуск к сентябрю. Следующий шаг — смета, отправлю в четверг.|ENGAGED",
            "owner|Бюджет обсудили. После созвона — смета.|ENGAGED",
            "owner|Mia, good call today. To confirm: a paid two-week discovery at $4,500, then a fixed quote for the build.|ENGAGED",
            "owner|По итогам созвона: делаем платную аналитику за 90 000 ₽, две недели, потом фиксированная смета на разработку.|ENGAGED",
            "owner|Thank you for the productive meeting. Minutes: 1) scope confirmed for phase one; 2) you provide brand guidelines; 3) our proposal by 15 May.|ENGAGED",
            "owner|Hi Kate! Thanks for meeting with us. Here's what happens next: ✅ We prepare your proposal ✅ You review it ✅ We kick off!|ENGAGED",
            "owner|Thank you once again for receiving us. As agreed, we will send the technical proposal and the planning next week.|ENGAGED",
            "owner|Hi Kate, thanks for today. Just to confirm what we said: fixed price, 12 weeks, team of 4, weekly demos on Thursdays. Contract draft coming tomorrow.|ENGAGED",
            "owner|Our fixed price for the whole build is $48,000.|PROPOSAL",
            "owner|Рад был поговорить. Итого: бюджет около ₽1 850 000, сначала iOS, потом Android. Напишу в понедельник.|ENGAGED",
            "owner|For the CRM rework we propose a budget of 31 000 EUR, all-inclusive.|PROPOSAL",
            "owner|Благодарю за время. Резюме: объём первого этапа согласовали, вы присылаете доступы к API, мы — сроки и смету.|ENGAGED",
            "owner|Для предварительной оценки нам важно понимать бюджет. Напишите, пожалуйста, хотя бы примерно — «до миллиона», «до конца года».|ENGAGED",
            "owner|Great talking today. Two similar apps of ours are linked below. Estimate by the end of the week.|ENGAGED",
            "owner|Спасибо за звонок! Итого: от вас — макеты до среды, от нас — смета на следующей неделе.|ENGAGED",
            "owner|Minutes of the meeting attached. Please confirm the points so we can proceed with the proposal.|ENGAGED",
            "lead|Пропали не потому, что передумали: директор в командировке, вернётся — ответим.|PROPOSAL",
            "lead|Готовые пробовали — не подошли, слишком сложно для наших диспетчеров. Можете сделать под нас?|PROPOSAL",
            "lead|Предлагаем формат: 3 разработчика от вас, тестирование закрываем своими силами.|PROPOSAL",
            "lead|Можем сойтись на 400 000 рублей? Остальное в вашем КП нас устраивает.|PROPOSAL",
            "owner|Thanks, good talk. Short recap: budget up to 40k, first version in 10 weeks, I send the estimate Monday.|ENGAGED",
            "owner|Thanks! Short recap: 1. MVP scope agreed, 2. you send brand assets, 3. we send the estimate. Talk soon.|ENGAGED",
            "owner|Sorry the call dropped at the end! Where we left it: you check with your board, I send you two options, basic and full.|ENGAGED",
            "owner|Thanks for the demo of your current system. I now get why your team hates it :) Proposal next week.|ENGAGED",
            "owner|Thanks again for the call. Do you already have hosting? The proposal goes out right after I hear from you.|ENGAGED",
            "owner|Спасибо за откровенный разговор. Понял, что главное — заказы дилеров, на этом и сфокусируем КП.|ENGAGED",
            "owner|Dear Ann, I send you our offer: 12 000 EUR for the whole app, in three milestones.|PROPOSAL",
            "lead|Нет, 1,5 млн для нас неподъёмно. Закрываем вопрос.|LOST",
            "lead|Не, не будем. Поменялись приоритеты.|LOST",
            "lead|After three quotes and far too many spreadsheets, we're going with you. Happy to pay the advance right away.|WON",
            "lead|We are not going with you, sorry.|PROPOSAL",
            "lead|Решение отрицательное, извините.|LOST",
            "lead|Отказ. Смету не согласовали в департаменте, проект снят с финансирования.|LOST",
            "lead|Honestly mate, at 60 grand it costs more than the app would ever save us. We'll stick with the spreadsheet.|LOST",
            "lead|На собрании кооператива решили «нет». Денег хватает только на корма.|LOST",
            "lead|We went with a guy on Fiverr for now, i know i know, thanks anyway|LOST",
            "lead|Гия посмотрел на смету и сказал, что за такие деньги купит ещё один трактор. Так что нет.|LOST",
            "lead|12 000 euros is not possible for a small cork company, we continue with the old system.|LOST",
            "lead|My wife read your proposal twice and she says we'd be fools not to, so consider this our yes.|WON",
            // An emoji ends a sentence as a full stop would: the agreement is the whole of its sentence.
            "lead|Deal 🤝 Sent from my iPhone|WON",
            "lead|Deal with it later 🙂 We are still thinking|PROPOSAL",
            "lead|Chère Anna, after a long family discussion the answer is ja. 9 500 € for the e-shop and the wine-club module is agreed.|WON",
            "lead|Коллеги, проект автоматизации склада утверждён на совещании. Направьте, пожалуйста, КП с печатью для заявки.|WON",
            "lead|Бюджет на проект одобрен, пришлите, пожалуйста, КП.|PROPOSAL",
            "lead|Dear Anna-san, thank you for your kind proposal. We have decided to entrust your company with the portal.|WON",
            "lead|I'm not very good with computers, so please tell me what I need to sign and where.|WON",
            "lead|Sorry, my husband says no.|LOST",
            "lead|Let's pause until the distributor contract in Canada is signed. I'll ping you.|PROPOSAL",
            "lead|Анна, увы: учредитель против любых трат на сайт.|LOST",
            "owner|Спасибо за встречу, было здорово! Завтра скину примеры дизайна, в понедельник — смету.|ENGAGED",
            "owner|Мы с командой обсудили ваш вопрос про поддержку после запуска — ответ: да, берём, условия распишу в КП.|ENGAGED",
            "lead|Посмотрели смету. Давайте так: 900 тысяч, а наполнение контентом мы берём на себя.|PROPOSAL",
            "lead|Посоветовались с директором — берём.|WON",
            "owner|Работать с вами будут 3 наших сотрудника напрямую, без субподрядчиков.|ENGAGED",
            "lead|Ну всё, уговорили 🐶 Берём приложение с записью и онлайн-оплатой. Что от меня нужно для старта?|WON",
            "owner|Спасибо, что нашли время. Одно уточнение, которое я забыл задать на встрече: кто у вас будет подписывать договор?|ENGAGED",
            "lead|Всё, подписываем. Присылайте счёт.|WON",
            "lead|The board approved 50,000 USD for the digital project in this financial year. We cannot exceed this figure.|PROPOSAL",
            "lead|Great, we're on board.|WON",
            "lead|We are unable to proceed.|LOST",
            "lead|Unfortunately we must decline.|LOST",
            "lead|We found another vendor.|LOST",
            "lead|We finalized another vendor last week.|LOST",
            "lead|Готовы двигаться с вами.|WON",
            "lead|Имеем 11 750 000 рублей по программе поддержки фермеров. Условие — подрядчик должен выставить счёт до конца квартала.|PROPOSAL",
            "lead|Подтверждаем. Просим выставить счёт на наше предприятие, реквизиты в подписи.|WON",
            "lead|Dear Sir, we regret to inform that management has decided to award the work to a vendor in Pune at lower cost.|LOST",
            "lead|С чего вы взяли, что я ушла к ребятам из Риги? Никуда я не ушла. Мне надо понять, сможете ли вы принять оплату в фунтах.|PROPOSAL",
            "lead|Мы ушли к ребятам из Риги, извините.|LOST",
            "lead|Планируем, что над проектом будут работать 40 человек с вашей стороны.|PROPOSAL",
            "lead|Решили: работаем с вашей студией, присылайте договор.|WON",
            "owner|Following our meeting — attached are the notes and the list of open questions. Items 3 and 5 are the ones blocking the estimate.|ENGAGED",
            "owner|Ксения, приветствую! По итогам созвона: лендинг + квиз, тексты ваши, дизайн наш. Жду от вас логотип и фото, тогда стартуем.|ENGAGED",
            "owner|Thanks for the call. Send us the logo and the photos and we start.|ENGAGED",
            "owner|Спасибо, что выбрали нас! Договор подписан, тогда стартуем в понедельник.|WON",
            "owner|Really enjoyed meeting you this morning. Notes attached. The main open question is whether the iPad app is needed at launch — it changes the estimate a fair bit.|ENGAGED",
            "owner|Благодарю за состоявшуюся встречу. Направляю протокол: 1. Согласован перечень разделов системы. 2. Исполнитель готовит смету до 25.04.|ENGAGED",
            "lead|Здравствуйте Anna. Извините, мы решили не делать. Владелец отеля сказал дорого и сейчас не время. Спасибо большое за работу.|LOST",
            "lead|We decided not to go ahead for now, let's revisit in spring.|PROPOSAL",
            "lead|Grant money cleared today, so we can finally commit. Please issue the invoice for the first milestone — the university needs it by the 20th or it goes into next year's paperwork hell.|WON",
            "lead|I've had another outfit quote me 215,000 dollars. I'd rather go with you, but you'll need to get closer to that.|PROPOSAL",
            "lead|Хотим работать с вами, но вам нужно подвинуться по цене.|PROPOSAL",
            "owner|Рада была познакомиться. Вы сказали, что на этот год заложено около 2 млн рублей, — под эту сумму и соберу предложение, а вторую очередь покажу отдельно.|ENGAGED",
            "lead|Слушай, ну это жёстко. Давай за 400 и по рукам?|PROPOSAL",
            "lead|Too steep for us. For 45 and we have a deal?|PROPOSAL",
            "lead|Ок, по рукам. Стартуем за 2 недели и по рукам, идёт?|WON",
            "owner|Михаил, по итогам видеосвязи: чат-бот на русском и казахском, запускаемся до тендера в октябре, пилот в одном филиале.|ENGAGED",
            "owner|Following our call: the booking app, launching before the spring fair, Stripe for payments. The plan follows next week.|ENGAGED",
            "owner|Договорились, запускаемся! Счёт во вложении.|WON",
            // the owner's own words accept only as a deal told closed: signed, paid, invoiced
            "owner|Договор подписан, стартуем в понедельник.|WON",
            "owner|Thanks, the deposit has arrived; the team starts on Monday.|WON",
            "owner|Let's start! I'll set up the repository this week.|ENGAGED",
            "owner|Давайте начинать: со своей стороны готовы выйти на проект в марте.|ENGAGED",
            "owner|Thank you for choosing us. Projects like yours usually start from $20k.|ENGAGED",
            "owner|Hi Laura, thank you for the meeting and for the honest feedback on our estimate. We'll go over the scope again.|ENGAGED",
            "owner|Павел, благодарю за встречу и за честный отзыв о смете. Посмотрим, что можно упростить.|ENGAGED",
            "lead|Dear Anna, the city cut our grant for next year and we do not have money for the new website. Maybe in future, but now is not possible.|LOST",
            "lead|Anna, я не говорила, что мы не будем делать сайт. Я сказала, что муж пока думает.|PROPOSAL",
            "lead|I never said that we decided to go with another vendor. I said my partner is still thinking.|PROPOSAL",
            "lead|Good news — the grant came through, so the scheduling portal is a go! We'd love to kick off early next month.|WON",
            "lead|Oi Anna! Please send me the contract in English and if possible also the invoice.|WON"})
    void whatAMessageSaysOfTheDeal(String author, String text, Stage stage) {
        assertEquals(stage, author.equals("lead") ? stageAfter(text) : afterTheOwnersMessage(text));
    }

    /**
     * An acceptance asked about is none ("возможно ли заключение договора", "whether we can sign");
     * "already sign" in a second language accepts; a decline counts in the lead's own words only
     * (a freelancer's "всё сделаю сам" tells the owner's way of working); funds approved after a
     * decline reopen the talk.
     */
    @Test
    void questionsSecondLanguageAndWhoseWordsDecide() {
        assertEquals(Stage.PROPOSAL, stageAfter("Просим сообщить, возможно ли заключение договора по 44-ФЗ."));
        assertEquals(Stage.WON, stageAfter("Hi Anna, our director already sign the quotation, I scan and attach here. Can start on 1st of next month?"));
        assertEquals(Stage.PROPOSAL, stageAfter("Thanks, we'll read it this week.", "Hmm."), "the baseline: no outcome");
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Спасибо за встречу. Работаю один, помощников не держу. Всё сделаю сам от начала до конца."));
        assertEquals(Stage.PROPOSAL, stageAfter("Unfortunately we won't be moving forward, our budget got cut.",
                "Following our discussion last year, the management has now approved funds. Kindly let us know if your offer is still valid."));
        assertEquals(Stage.PROPOSAL, stageAfter("Unfortunately we won't be moving forward, our budget got cut.",
                "Last year we declined your proposal, but situation has changed and now we have budget. If you still remember our project, could we have a meeting again?"));
        assertEquals(Stage.PROPOSAL, stageAfter("Спасибо, но мы выбрали другого подрядчика.", "Местные ребята бросили проект на середине. Можно к вам вернуться?"));
        assertEquals(Stage.PROPOSAL, stageAfter("По итогам рассмотрения сообщаем, что в связи с сокращением инвестиционной программы проект реализовываться не будет.",
                "В текущем году финансирование восстановлено. Просим сообщить, актуально ли для Вас сотрудничество, и направить обновлённое КП."));
        assertEquals(Stage.WON, stageAfter("we're in. the launcher + backend thing, as scoped."));
        assertEquals(Stage.PROPOSAL, stageAfter("Нужно 5 разработчиков на полный день, начиная с понедельника."), "a start wished for, not agreed");
    }

    /** The lead's first words after someone introduced it, before the owner wrote or met it, decline nothing: they say what is needed. */
    @Test
    void theLeadsFirstMessageAfterAnIntroductionDeclinesNothing() {
        Activity introduction = mail("intro").at("2026-10-01T10:00").from("Иван <ivan@harbtech.de>").to(OWNER).cc(LEAD)
                .text("Знакомьтесь: Нина из магазина, ей нужен интернет-магазин. Рассказал, как вы нам помогли.").build();
        Activity first = mail("first").at("2026-10-02T10:00").from(LEAD).to(OWNER)
                .text("Добрый день! Коллеги, по людям: нам хватит троих, больше не нужно.").build();
        assertEquals(Stage.NEW, lead(infer("2026-10-25T12:00", introduction, first), "shop.ru").stage());
    }

    private static Stage stageAfter(String... replies) {
        Activity[] world = new Activity[replies.length + 2];
        world[0] = ASK;
        world[1] = OFFER;
        for (int i = 0; i < replies.length; i++) {
            world[i + 2] = mail("r" + i).at("2026-10-1" + i + "T10:00").from(LEAD).to(OWNER).text(replies[i]).build();
        }
        return lead(infer("2026-10-25T12:00", world), "shop.ru").stage();
    }

    /** Numbers in words are read as digits before the phrases: "посчитали два варианта" names options priced. */
    @Test
    void optionsPricedInWordsAreAProposal() {
        assertEquals(Stage.PROPOSAL, afterTheOwnersMessage("Посчитали два варианта: полный и урезанный, подробности в файле."));
        assertEquals(Stage.PROPOSAL, afterTheOwnersMessage("We priced two options: the full build and a lighter one."));
    }

    @Test
    void whatTheLeadTriedBeforeOrCannotAffordToSufferDeclinesNothing() {
        assertEquals(Stage.PROPOSAL, stageAfter("Готовые решения нам не подошли: дорого и избыточно. Беретесь за такое?"));
        assertEquals(Stage.PROPOSAL, stageAfter("We need five people from day one, we can't afford a slow ramp-up."));
        assertEquals(Stage.LOST, stageAfter("Sorry, we can't afford it this year."));
        assertEquals(Stage.LOST, stageAfter("К сожалению, вы нам не подошли."));
        assertEquals(Stage.PROPOSAL, stageAfter("Реально сделать своё или проще купить готовое решение? Что по срокам?"));
        assertEquals(Stage.LOST, stageAfter("Посчитали и решили купить готовое решение, спасибо."));
    }

    @Test
    void optionsPromisedAroundTheLeadsBudgetAreNoProposalYet() {
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Спасибо, что открыто назвали бюджет. Подготовлю два варианта: один укладывается в $123,000, "
                + "второй — со всеми пожеланиями, чтобы было с чем сравнить."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Thank you for the call. I'll come back with two options: one within 294 000 USD and one "
                + "with everything on your wishlist, so you can compare."));
    }

    @Test
    void noMorePeopleThanCountedDeclinesNothing() {
        assertEquals(Stage.PROPOSAL, stageAfter("Хотим одного программиста 1С и одного веб-разработчика, больше не нужно."));
        assertEquals(Stage.PROPOSAL, stageAfter("Two devs and a tester, more aren't needed."));
        assertEquals(Stage.LOST, stageAfter("Спасибо, приложение нам больше не нужно."));
    }

    @Test
    void aCancellationNotAPauseDeclines() {
        assertEquals(Stage.LOST, stageAfter("No. IT budget is frozen until further notice and this project is cancelled, not paused. Sorry."));
        assertEquals(Stage.LOST, stageAfter("Отменяем проект полностью: сеть продаём, новому владельцу приложение не нужно."));
        assertEquals(Stage.LOST, stageAfter("Уважаемые! Ваша цена втрое выше, чем у соседей. Спасибо, не надо."));
    }

    @Test
    void aPartOfTheWorkTheLeadDoesItselfDeclinesNothing() {
        assertEquals(Stage.PROPOSAL, stageAfter("Budget is €19 000, give or take. Hardware testing we handle ourselves so that's not in there."));
        assertEquals(Stage.PROPOSAL, stageAfter("Тестирование мы сделаем своими силами, остальное — ваше."));
        assertEquals(Stage.LOST, stageAfter("Thanks for the quote. So we'll handle it ourselves."));
    }

    @Test
    void theOwnersQuestionOfTheBudgetAcceptsNothing() {
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Мы небольшая команда и берём пару проектов в квартал, поэтому сразу спрашиваем: какой бюджет, какие сроки?"));
    }

    @Test
    void aDeclineOfSomeoneElseTheLeadNamesDeclinesNothing() {
        assertEquals(Stage.PROPOSAL, stageAfter("We need eight developers fast: we're replacing a vendor who's pulling out."));
        assertEquals(Stage.LOST, stageAfter("Sorry, we are pulling out of the project."));
        assertEquals(Stage.PROPOSAL, stageAfter("We'd like a full team of five. Our last agency gave us one freelancer who vanished in August."));
        assertEquals(Stage.PROPOSAL, stageAfter("Прошлый подрядчик выбрал другой проект и пропал, поэтому ищем надёжную команду."));
        assertEquals(Stage.LOST, stageAfter("Sorry, we gave the project to a freelancer."));
    }

    @Test
    void aQuestionClosedInTheOwnersFavourAccepts() {
        assertEquals(Stage.WON, stageAfter("Коллеги, добрый день! Вопрос по закупке закрыт в вашу пользу 👍 Бухгалтерия ждёт счёт на 50% аванса."));
        assertEquals(Stage.LOST, stageAfter("Коллеги, добрый день! Вопрос по закупке закрыт, выбрали другого поставщика."));
    }

    @Test
    void aFrameworkContractWithSomeoneElseDeclines() {
        assertEquals(Stage.LOST, stageAfter("Головной офис заключил рамочный договор с интегратором, и мы обязаны работать через них."));
    }

    @Test
    void whatTheProductLetsItsUsersDoAcceptsNothing() {
        assertEquals(Stage.PROPOSAL, stageAfter("We want a simple site where guests can book + pay a deposit online."));
        assertEquals(Stage.PROPOSAL, stageAfter("We need a booking thing where people pick a lesson, pay a deposit and get a text if we cancel."));
        assertEquals(Stage.PROPOSAL, stageAfter("Hi! Motorbike rental in Hanoi, want app for backpackers: rent in Hanoi, drop in Saigon, pay deposit online. You can do?"));
        assertEquals(Stage.PROPOSAL, stageAfter("Our site is from 2014 and it shows. Need something folks can book and pay a deposit on."));
        assertEquals(Stage.PROPOSAL, stageAfter("Нужно приложение, чтобы клиенты могли сразу оплатить аванс за тур."));
        assertEquals(Stage.WON, stageAfter("We can pay the deposit this week."));
        assertEquals(Stage.PROPOSAL, stageAfter("Просим снизить стоимость до 500 тысяч, в остальном условия устраивают."), "the rest accepted, the price not");
    }

    @Test
    void everydayAcceptanceIsWon() {
        assertEquals(Stage.WON, stageAfter("Let's go ahead with your proposal."));
        assertEquals(Stage.WON, stageAfter("Здравствуйте, я посмотрела смету ещё раз, всё понятно. Согласна! А что мне теперь нужно сделать?"));
        assertEquals(Stage.WON, stageAfter("Согласовали ваше КП, давайте начинать."));
    }

    /**
     * Acceptances no phrase of the vocabulary names, read by all the words of the lead's reply
     * ({@link WordOdds#ACCEPTANCES}): after the owner's proposal only, and not in a sentence with a condition.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Legal has read the papers and has no comments, so the stamps go on it today.",
            "Finance approved the spend, the advance goes out this week.",
            "Юристы вычитали бумаги, замечаний нет, можно ставить печати.",
            "Бюджет согласован, аванс бухгалтерия отправит сегодня."})
    void anAcceptanceInWordsNoPhraseNamesIsReadInAReplyToTheProposal(String reply) {
        assertEquals(Stage.WON, stageAfter(reply));
        Activity call = mail("call").at("2026-10-02T10:00").from(OWNER).to(LEAD).sent().text("Давайте созвонимся в четверг.").build();
        Activity before = mail("before").at("2026-10-04T10:00").from(LEAD).to(OWNER).text(reply).build();
        assertEquals(Stage.ENGAGED, lead(infer("2026-10-25T12:00", ASK, call, before), "shop.ru").stage(), "no proposal yet");
        assertEquals(Stage.PROPOSAL, stageAfter("If the board agrees: " + reply), "a condition");
    }

    /** The reader takes a full stop or an emoji before a small letter as the end of a sentence, as people text. */
    @ParameterizedTest
    @ValueSource(strings = {"we're in. the launcher + backend thing, as scoped. i'd like to kick off on the 3rd if your people can do that. contract to the address below pls",
            "yesss let's goooo 🍺 the taproom app is happening!! sending the deposit today, pls check tomorrow if it arrived"})
    void anAcceptanceTextedInSmallLettersIsRead(String reply) {
        assertEquals(Stage.WON, stageAfter(reply));
    }

    @Test
    void itIsYouAcceptsUnlessItSaysWhoDoesSomething() {
        assertEquals(Stage.WON, stageAfter("Brother Anna, we decided, it is you. Tell me how much is first payment and where to send, we can start Sunday inshallah."));
        assertEquals(Stage.PROPOSAL, stageAfter("It is you who must decide, we are still comparing offers."));
    }

    /** Declines no phrase of the vocabulary names, read by all the words of the lead's reply ({@link WordOdds#DECLINES}). */
    @ParameterizedTest
    @ValueSource(strings = {"The board has put the money into the new warehouse instead, so the app will not happen. Sorry to have taken your time.",
            "Our CEO prefers to keep the work with the agency we already use. Thank you for the effort.",
            "Мы решили остановиться на решении от нашего интегратора, спасибо за потраченное время."})
    void aDeclineInWordsNoPhraseNamesIsLost(String reply) {
        assertEquals(Stage.LOST, stageAfter(reply));
        assertEquals(Stage.PROPOSAL, stageAfter("Thanks for the proposal, we are still reviewing it with finance."), "no decline");
        assertEquals(Stage.PROPOSAL, stageAfter("Спасибо за КП, изучаем, вернёмся на следующей неделе."), "no decline");
    }

    @Test
    void everydayDeclineIsLost() {
        assertEquals(Stage.LOST, stageAfter("Thanks, but we'll pass this time."));
        assertEquals(Stage.LOST, stageAfter("Решили работать с другой студией."));
        assertEquals(Stage.LOST, stageAfter("It is far more than our club can afford. We will stay with paper forms for now."));
        assertEquals(Stage.LOST, stageAfter("We would rather find someone nearby."));
        assertEquals(Stage.LOST, stageAfter("Спасибо, но остановились на подрядчике из Казани."));
        assertEquals(Stage.LOST, stageAfter("Добрый день, тендер отменён."));
    }

    @Test
    void aNegatedDeclineOrAcceptanceIsNone() {
        assertEquals(Stage.PROPOSAL, stageAfter("We did not choose another vendor, just waiting for sign-off."));
        assertEquals(Stage.PROPOSAL, stageAfter("To be clear, we have not selected another vendor. Procurement is simply slow in Q4. Your proposal is still under review."));
        assertEquals(Stage.LOST, stageAfter("Unfortunately your studio was not selected for the next round."));
        assertEquals(Stage.LOST, stageAfter("We regret to inform you that you weren't shortlisted."));
        assertEquals(Stage.PROPOSAL, stageAfter("My partner says no higher than 1.2 million pesos. I know it's less than you asked, sorry."));
        assertEquals(Stage.PROPOSAL, stageAfter("We'd want a stable team of 9, the same faces every sprint — rotation is what killed our last project."));
        assertEquals(Stage.LOST, stageAfter("Sorry, management killed the project last week."));
        assertEquals(Stage.LOST, stageAfter("Руководство отменило старт проекта, извините."));
        assertEquals(Stage.PROPOSAL, stageAfter("Мы не выбрали другого подрядчика."));
        assertEquals(Stage.PROPOSAL, stageAfter("We have not signed the contract yet."));
    }

    @Test
    void aPostponementIsNoDecline() {
        assertEquals(Stage.PROPOSAL, stageAfter("Сейчас не актуально, вернёмся к этому весной."));
        assertEquals(Stage.PROPOSAL, stageAfter("Not relevant right now; let's put it on hold until January."));
        assertEquals(Stage.PROPOSAL, stageAfter("To clarify: the RFP has not been awarded to any vendor. The evaluation window was extended internally."));
        assertEquals(Stage.PROPOSAL, stageAfter("Склад занят инвентаризацией. Предлагаем вернуться к теме после закрытия квартала."));
    }

    @Test
    void aPostponementIsNoAcceptanceEither() {
        assertEquals(Stage.PROPOSAL, stageAfter("Как только уляжется реорг, вернёмся к этому весной. Работать хотим именно с вами."));
    }

    @Test
    void aKickoffOfTheirOwnIsNoAcceptance() {
        assertEquals(Stage.PROPOSAL, stageAfter("Following our internal kickoff, we are inviting a few agencies to submit an estimate."));
        assertEquals(Stage.WON, stageAfter("Our team voted for your studio. Can we book the kickoff for Monday?"));
    }

    /** "КП, согласование" in a list of what the lead wants automated names their process ("согласовано" would agree). */
    @Test
    void aReplyNamingApprovalsAcceptsNothing() {
        Activity outreach = mail("outreach").at("2026-10-01T10:00").from(OWNER).to(LEAD).sent()
                .text("Мы недавно сделали портал для компании, похожей на вашу. Могу показать?").build();
        Activity reply = mail("reply").at("2026-10-02T10:00").from(LEAD).to(OWNER).text("Уважаемые коллеги! Отдел закупок "
                + "рассматривает возможность автоматизации работы с поставщиками: заявки, сравнение КП, согласование. "
                + "Прошу направить информацию о компании и предложить время для онлайн-встречи.").build();
        assertEquals(Stage.ENGAGED, lead(infer("2026-10-05T12:00", outreach, reply), "shop.ru").stage());
    }

    @Test
    void signingAnNdaIsAStepBeforeTheDeal() {
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Спасибо за разговор. Следующий шаг — подписываем NDA, и тогда сможем посмотреть ваш код."));
        assertEquals(Stage.PROPOSAL, stageAfter("Looks fine. We sign the NDA first, then we talk about the rest."));
        assertEquals(Stage.WON, stageAfter("Оформляем официально: сегодня подписываем NDA и основной договор."));
        // someone's words quoted are not the writer's
        assertEquals(Stage.PROPOSAL, stageAfter("Вы написали «жаль, что не сложилось» — подождите, мы ничего не решили, просто все в отпуске."));
        assertEquals(Stage.WON, stageAfter("Всё согласовали, подписываем. Оригиналы отправим курьером."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Thanks for your time today. Our NDA (attached, signed on our side) comes first."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("После встречи, как договаривались: NDA, подписанное с нашей стороны."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Summary of today: • Next steps: a design workshop (date TBC), NDA to be countersigned by your legal team."));
        assertEquals(Stage.WON, afterTheOwnersMessage("Договор, подписанный с нашей стороны, во вложении."));
    }

    @Test
    void howWorkUsuallyStartsIsNoStart() {
        assertEquals(Stage.PROPOSAL, stageAfter("Расскажете, как у вас обычно начинается работа?"));
        assertEquals(Stage.WON, stageAfter("Всё согласовали, начинаем работу с понедельника."));
    }

    /** "Let's start" with so many people tells a team's size, not a go-ahead. */
    @Test
    void aStartWithSoManyPeopleIsNoAcceptance() {
        assertEquals(Stage.PROPOSAL, stageAfter("Let's start with two and add people after the pilot."));
        assertEquals(Stage.WON, stageAfter("Let's start with the first phase next Monday."));
    }

    @Test
    void aCounterOfferNeitherDeclinesNorAccepts() {
        assertEquals(Stage.PROPOSAL, stageAfter("The proposal looks good but the price is too high for us. Can you do it for $80,000?"));
        assertEquals(Stage.PROPOSAL, stageAfter("Давай по-честному — 500 000 рублей и по рукам?"));
        assertEquals(Stage.LOST, stageAfter("The proposal looks good but the price is too high for us."));
        assertEquals(Stage.PROPOSAL, stageAfter("$45,000 and we have a deal."));
        assertEquals(Stage.PROPOSAL, stageAfter("1,2 млн рублей — и по рукам 🤝"));
        assertEquals(Stage.WON, stageAfter("$45,000 works for us, we have a deal."));
    }

    /** A governing body approving the project after a counter-offer accepts; approving a sum or something else does not. */
    /** Terms offered after another sum asked are the lead's offer, still to be answered. */
    @Test
    void anAcceptanceAfterASumAskedIsTheLeadsOffer() {
        assertEquals(Stage.PROPOSAL, stageAfter("Would you accept 500,000 rupees instead? We can pay half in advance."));
        assertEquals(Stage.PROPOSAL, stageAfter("Сможете сделать за 900 тысяч? Тогда оплатим аванс сразу."));
        assertEquals(Stage.PROPOSAL, stageAfter("Прошу пересмотреть стоимость до 11,6 млн руб. Готовы подписать долгосрочный договор на поддержку."));
        assertEquals(Stage.PROPOSAL, stageAfter("Please reduce the price to $40,000. We are ready to sign the contract."));
        assertEquals(Stage.WON, stageAfter("We can pay half in advance."));
    }

    @Test
    void aBoardApprovingTheProjectAccepts() {
        assertEquals(Stage.WON, stageAfter("Would you consider 2.2 million yen? We understand it is less than your estimate.",
                "Good news! The trustees approved the museum app at the meeting today. We would like to begin next month."));
        assertEquals(Stage.WON, stageAfter("The project has been moved to the investment plan for Q3.",
                "The board approved your proposal yesterday, so we can go ahead."));
        assertEquals(Stage.PROPOSAL, stageAfter("Would you consider 2.2 million yen?",
                "The board approved a new strategy, but your proposal was not on the agenda."));
    }

    @Test
    void anAgreementAloneAcceptsButNotInARecap() {
        assertEquals(Stage.WON, stageAfter("Agreed."));
        assertEquals(Stage.WON, stageAfter("Proceed."));
        assertEquals(Stage.WON, stageAfter("Согласовано. Запускайте."));
        assertEquals(Stage.PROPOSAL, stageAfter("Время звонка согласовано, до связи."));
        assertEquals(Stage.WON, stageAfter("Всё, договорились! Оплату 1,5 млн тенге отправим с нашего счёта, в тенге подойдёт?"));
        assertEquals(Stage.PROPOSAL, stageAfter("Как договорились, высылаю документы."));
        assertEquals(Stage.PROPOSAL, stageAfter("Agreed on the scope, but not on the price."));
    }

    @Test
    void aBudgetNotApprovedOrTooPriceyIsLost() {
        assertEquals(Stage.LOST, stageAfter("Our capital committee didn't approve the project this cycle and I don't expect it to come back."));
        assertEquals(Stage.LOST, stageAfter("honestly too pricey for us. we're a small shop, cant swing 264k USD. thanks anyway"));
        assertEquals(Stage.PROPOSAL, stageAfter("Too expensive for us. Could you do it for $40k?"));
    }

    @Test
    void aDeclinesWordsAfterAComparativeTellALimit() {
        assertEquals(Stage.PROPOSAL, stageAfter("Рассчитываем уложиться в 2 млн рублей, больше согласовать не получится."));
        assertEquals(Stage.LOST, stageAfter("К сожалению, с вами не получится."));
        assertEquals(Stage.LOST, stageAfter("Нам это больше не нужно."));
    }

    @Test
    void aDeclineThatTurnsToASumGoesOnNegotiating() {
        assertEquals(Stage.PROPOSAL, stageAfter("Честно, бюджета как такового нет, но думаем про 2 млн рублей."));
        assertEquals(Stage.PROPOSAL, stageAfter("We can't afford that, but could do 40k."));
        assertEquals(Stage.LOST, stageAfter("We can't afford that, sorry."));
        assertEquals(Stage.LOST, stageAfter("We went with another agency, but thanks for the $40k quote."));
    }

    @Test
    void theLeadsWordsBeforeTheOwnerHasWrittenAcceptNothing() {
        Activity introduction = mail("intro").at("2026-10-01T09:00").from("Tom <tom@partner.io>").to(OWNER, LEAD)
                .text("Meet Ivan from the shop, they need an app.").build();
        Activity inquiry = mail("inquiry").at("2026-10-01T12:00").from(LEAD).to(OWNER)
                .text("We need a mobile app and have the design in Figma. We are ready to start immediately.").build();
        Activity answer = mail("answer").at("2026-10-02T10:00").from(OWNER).to(LEAD).sent().text("Let's talk on Thursday.").build();
        assertEquals(Stage.ENGAGED, lead(infer("2026-10-25T12:00", introduction, inquiry, answer), "shop.ru").stage());
    }

    @Test
    void aYesAloneAcceptsAndTheMailIsNoPriceQuestion() {
        assertEquals(Stage.WON, stageAfter("Yes!"));
        assertEquals(Stage.WON, stageAfter("Да."));
        assertEquals(Stage.LOST, stageAfter("Yes, but the price is too high for us."));
        assertEquals(Stage.WON, stageAfter("We are very happy to start this adventure with you, my colleague will send you the signed offer today."));
        assertEquals(Stage.WON, stageAfter("Директор подписал договор, оригиналы отправили Почтой России, скан во вложении."), "\"почём\" is no \"почтой\"");
        assertEquals(Stage.PROPOSAL, stageAfter("Почём второй этап и когда можете стартовать?"), "a question of the price accepts nothing");
    }

    @Test
    void anAcceptanceWithAStartLaterIsNoPostponement() {
        assertEquals(Stage.WON, stageAfter("Hello Anna, ok boss already agree. Can start next month? Pls send the bank details, we will pay 30% first."));
        assertEquals(Stage.WON, stageAfter("Proposal accepted, with one condition: Android ships together with iOS. If that's ok, send the contract over."));
        assertEquals(Stage.PROPOSAL, stageAfter("We'd like to go ahead, but not before next quarter."));
    }

    @Test
    void aSumTheLeadWouldPayInsteadNegotiates() {
        assertEquals(Stage.PROPOSAL, stageAfter("My friend, price is too high. I give you 234 thousand dollars, quick payment."));
        assertEquals(Stage.PROPOSAL, stageAfter("Hi Anna, boss says too pricey. He said offer 40 000 USD and see what you say. Sorry haha I'm just the messenger"));
        assertEquals(Stage.PROPOSAL, stageAfter("Директор говорит, дорого. Сказал предложить 900 тысяч рублей."));
        assertEquals(Stage.PROPOSAL, stageAfter("Конкуренты назвали цену ниже, но мы хотим работать с вами. Если сможете 900 тысяч рублей — выбираем вас."));
        assertEquals(Stage.PROPOSAL, stageAfter("We'd love to work with you. If you can do it for $40k, it's yours."));
        assertEquals(Stage.WON, stageAfter("Берём! Если нужно, аванс 300 тысяч рублей переведём завтра."));
        assertEquals(Stage.PROPOSAL, stageAfter("Школа может выделить 9450 тысяч рублей. Больше, к сожалению, не получится — это всё, что удалось собрать."));
        assertEquals(Stage.LOST, stageAfter("Нет бюджета. Извините."));
    }

    @Test
    void theOwnersNextStepsAndRecapsAreNoProposal() {
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Thanks for meeting. Next steps from my side: NDA today, estimate next week."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Благодарим за встречу. Фиксируем итоги: 1) бюджет до 900 000 рублей; 2) срок — III квартал."));
        assertEquals(Stage.PROPOSAL, afterTheOwnersMessage("Фикс — 900 000 рублей за весь объём."));
    }

    @Test
    void anAcceptanceThatTurnsToASumGoesOnNegotiating() {
        assertEquals(Stage.PROPOSAL, stageAfter("You're our preferred vendor, but we'd need the total at 85K USD or under. Can you sharpen the pencil?"));
        assertEquals(Stage.WON, stageAfter("You're our preferred vendor. Please send the contract."));
    }

    @Test
    void tryingAReadyMadeToolIsNoDecline() {
        assertEquals(Stage.PROPOSAL, stageAfter("We've tried the off-the-shelf stuff and it's overkill, hence the custom build."));
        assertEquals(Stage.LOST, stageAfter("We bought an off-the-shelf tool instead, sorry."));
    }

    /**
     * Phrases whose alternatives once took a two-word alternative for two words ("happy to
     * proceed|move forward"), or whose last word took any ending ("вопрос ... закрыт*").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We've reviewed everything and are happy to proceed.|WON",
            "We can start whenever you're ready.|WON",
            "We'd be happy to proceed at 2 млн рублей.|PROPOSAL",
            "Unfortunately we signed with a different agency.|LOST",
            "The budget wasn't approved this year.|LOST",
            "Пришлите, пожалуйста, какие вопросы нужно закрыть для оценки.|PROPOSAL",
            "Вопрос закрыт, спасибо.|LOST",
            "We're moving forward with your proposal.|WON",
            "Honestly, the project is on ice and it's dead for this year.|LOST"})
    void phrasesWithAlternativesOfSeveralWords(String reply, Stage stage) {
        assertEquals(stage, stageAfter(reply));
    }

    @Test
    void acceptancesAndDeclinesWrittenElsewhere() {
        assertEquals(Stage.WON, stageAfter("Count us in. Just send me the SOW and we're off."));
        assertEquals(Stage.WON, stageAfter("Добро от директора получено, стартуем."));
        assertEquals(Stage.LOST, stageAfter("Management has decided to continue with our current supplier."));
        assertEquals(Stage.LOST, stageAfter("Извините, но заявку отзываем — необходимость отпала."));
        assertEquals(Stage.WON, stageAfter("We talked it over and the answer is yes. Let's start in January as planned."));
        assertEquals(Stage.WON, stageAfter("Aye, that's us decided, youse are the ones. What's next, do we need to come in and sign something?"));
        assertEquals(Stage.WON, stageAfter("Коллеги, подтверждаем реализацию проекта на условиях вашего КП от 02.04."));
        assertEquals(Stage.LOST, stageAfter("Dear Sir, We are unable to proceed. Kindly note."));
        assertEquals(Stage.LOST, stageAfter("Regrettably, after evaluation, the committee has awarded the contract to a local firm."));
        assertEquals(Stage.WON, stageAfter("The committee has awarded the contract to your studio."));
        assertEquals(Stage.LOST, stageAfter("sorry, my boss say cannot. Maybe we find freelancer. Thanks anyway"));
        assertEquals(Stage.LOST, stageAfter("Дорого для нас, извините."));
        assertEquals(Stage.PROPOSAL, stageAfter("Thanks, I'll turn these notes into a proposal this week."));
        assertEquals(Stage.LOST, stageAfter("I'm afraid we have to turn your proposal down."));
    }

    @Test
    void paymentTermsAreNoPayment() {
        assertEquals(Stage.PROPOSAL, stageAfter("Бюджет проекта: 2 400 000 руб., оплата по этапам."));
    }

    @Test
    void aLaterMessageReopensALostLead() {
        assertEquals(Stage.LOST, stageAfter("Мы выбрали другого подрядчика."));
        assertEquals(Stage.PROPOSAL, stageAfter("Мы выбрали другого подрядчика.",
                "Возвращаемся к вашему предложению: с другим подрядчиком не сложилось."));
        assertEquals(Stage.WON, stageAfter("We went with another agency.", "We changed our mind.", "Contract signed!"));
        assertEquals(Stage.PROPOSAL, stageAfter("We will not continue, the price is above what we can spend.",
                "Hi, it's been a while! Remember the booking app we talked about? We're finally ready to move on it."));
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another agency.",
                "We tried the cheaper company. It was mistake. We would like to come back to your proposal."));
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another agency.",
                "Back from the wilderness, closed the round finally and I'm keen to pick up right where we left off."));
        assertEquals(Stage.PROPOSAL, stageAfter("Мы выбрали другого подрядчика.",
                "В связи с расторжением договора с ранее выбранным исполнителем просим повторно представить коммерческое предложение."));
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another agency.",
                "Sorry for vanishing over the summer. The dust has settled and we'd love to pick the app back up."));
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another agency.",
                "Our seed funding came through at last — can we see whether your plan still fits?"));
        assertEquals(Stage.PROPOSAL, stageAfter("Мы выбрали другого подрядчика.",
                "Здравствуйте! Вопрос с инвестором закрыли, хотим начать, если вы ещё свободны."));
        assertEquals(Stage.PROPOSAL, stageAfter("Решили делать своими силами, собрали свою команду.",
                "Завоз закончился, как и обещал — возвращаюсь. Всё, что обсуждали, актуально."));
        assertEquals(Stage.PROPOSAL, stageAfter("Решили делать своими силами, собрали свою команду.",
                "Прошлым летом мы отложили разработку CRM, сейчас готовы вернуться. Обновите, пожалуйста, смету."));
        assertEquals(Stage.PROPOSAL, stageAfter("Maybe we find freelancer. Thanks anyway.",
                "Season's over and I finally have some brain space. Still want to build that app with you. Call next week?"));
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another agency.",
                "Don't know if you remember us. The other lot have made a right mess of it. Any chance you could have a look?"));
        assertEquals(Stage.PROPOSAL, stageAfter("The family has decided not to pursue this project.",
                "I know I said no back in March. Things have changed. Can we set up a call?"));
        assertEquals(Stage.PROPOSAL, stageAfter("Мы выбрали другого подрядчика.",
                "Извините, что пропали на полгода. Если вы ещё готовы — мы готовы продолжить."));
        assertEquals(Stage.PROPOSAL, stageAfter("Corporate went with our POS vendor's built-in module. Sorry!",
                "With reference to our earlier correspondence, the requirement has been re-initiated. Kindly submit your revised quotation."));
    }

    @Test
    void acceptanceWithoutTheWordAccept() {
        assertEquals(Stage.WON, stageAfter("Signed copy attached — see you at the kickoff on Monday."));
        assertEquals(Stage.WON, stageAfter("Счёт оплатили, начинаем."));
        assertEquals(Stage.WON, stageAfter("Принимаем ваше предложение в текущем виде."));
    }

    @Test
    void signingWithSomeoneElseIsADeclineNotAnAcceptance() {
        assertEquals(Stage.LOST, stageAfter("Just to close the loop: we signed with a different agency last week."));
        assertEquals(Stage.LOST, stageAfter("На прошлой неделе подписали договор с другим подрядчиком."));
        assertEquals(Stage.LOST, stageAfter("В итоге взяли фрилансера, вышло дешевле."));
    }

    @Test
    void anApprovedBudgetIsNoDeal() {
        assertEquals(Stage.PROPOSAL, stageAfter("Our budget is approved; the board still has to pick the vendor."));
        assertEquals(Stage.PROPOSAL, stageAfter("Финдир подписал 3 млн на разработку, это потолок."));
        assertEquals(Stage.PROPOSAL, stageAfter("Бюджет заложен в размере 250 млн сум, утверждён на совете директоров."));
        assertEquals(Stage.WON, stageAfter("Бюджет и ваше предложение утверждены на совете директоров."));
        assertEquals(Stage.WON, stageAfter("Ваше предложение утверждено на совете директоров."));
    }

    @Test
    void aQuestionAboutThePriceAcceptsNothing() {
        assertEquals(Stage.PROPOSAL, stageAfter("Сколько у вас стоит час разработки и когда можете стартовать?"));
        assertEquals(Stage.WON, stageAfter("Берём. Когда можете стартовать?"));
    }

    @Test
    void aDeclineOfTheContractIsNoContract() {
        assertEquals(Stage.LOST, stageAfter("Направляем уведомление об отказе от заключения договора."));
    }

    @Test
    void theLeadKeepingPartsOfTheWorkIsNoDecline() {
        assertEquals(Stage.PROPOSAL, stageAfter("just two devs, we'll handle design and qa ourselves"));
        assertEquals(Stage.LOST, stageAfter("Our CTO decided we'll build it in-house."));
        assertEquals(Stage.PROPOSAL, stageAfter("От вас нужен только дизайнер, разработку сделаем своими силами."));
        assertEquals(Stage.PROPOSAL, stageAfter("Бюджет около 900 000 руб. — это с учётом того, что тексты и фото мы сделаем сами."));
        assertEquals(Stage.LOST, stageAfter("Посовещались и решили, что всё мы сделаем сами."));
    }

    @Test
    void askingForACheaperPriceIsNoDecline() {
        assertEquals(Stage.PROPOSAL, stageAfter("Смета хорошая, но нам бы подешевле. Какой минимум вы можете предложить?"));
        assertEquals(Stage.LOST, stageAfter("Честно, дорого. Ушли к ребятам подешевле."));
    }

    @Test
    void confirmingToProceedAccepts() {
        assertEquals(Stage.WON, stageAfter("Confirming we proceed with the fixed-price option at CHF 22'400 excl. VAT, as per your proposal v3."));
    }

    /** A figure said on the call, recalled with its breakdown still to come, or an estimate the lead is told to expect, is no proposal yet. */
    @Test
    void aFigureRecalledOrAnEstimateToExpectIsNoProposal() {
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage(
                "Thanks for today. I know the number I mentioned on the call (around $40k) felt high; I'll send a breakdown so you can see where it goes."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage(
                "Спасибо за созвон. Понимаю, что озвученная цифра (около 2 млн) показалась большой, пришлю детальную разбивку."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage(
                "Many thanks for the meeting. I have forwarded your requirements to our team; you can expect a preliminary estimate within five business days."));
        assertEquals(Stage.PROPOSAL, afterTheOwnersMessage("Around $40k all in, fixed, ten weeks."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Summary: scope confirmed, your team to provide test data, our team to deliver a proposal within five days."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Спасибо за встречу! С меня смета, с вас — список точек продаж."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Great chat today. The ball's in my court now for the quote."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Thanks for writing! For a rough estimate please tell us your budget and your dates."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Дублирую: вы присылаете ТЗ, мы за 3 дня задаём вопросы, через неделю — КП."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Резюме: решение к концу месяца, интересует фиксированная цена. Включу такой вариант в КП."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("As you asked, I'll keep it within about 12k EUR and two developers and see what fits."));
        assertEquals(Stage.ENGAGED, afterTheOwnersMessage("Thanks for getting in touch! Most projects we do fall somewhere around 25k CHF. What's your timeline?"));
    }

    @Test
    void aPostponementsWordsInsideADeclineAreTheDeclines() {
        assertEquals(Stage.LOST, stageAfter("Our budget for next year was cut and this project was the first to go."));
        assertEquals(Stage.PROPOSAL, stageAfter("Let's come back to this next year."));
    }

    @Test
    void aVerbFollowedByTheQuestionParticleAsksAndDoesNotSay() {
        assertEquals(Stage.PROPOSAL, stageAfter("Пока не решили, берём ли мобильную часть в этот этап."));
        assertEquals(Stage.WON, stageAfter("Берём мобильную часть в этот этап."));
    }

    /** A lead coming back after a decline in everyday words, with no word of the vocabulary's older phrases. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Our own build fell apart. Can we get a new quote?",
            "I said we'd do it ourselves. I was wrong. Do you have capacity in spring?",
            "Is last year's estimate still good?",
            "About the project I cancelled: turns out we need it after all.",
            "The grant came through in May. Is there still room for us?",
            "Поднимаю нашу старую переписку. Пересчитаете смету?",
            "Ушли к другим и зря. Возьмёте нас обратно?",
            "Просим актуализировать ваше коммерческое предложение.",
            "Созрели наконец. Обсудим?",
            "Тогда директор был против. Директор теперь другой.",
            "Last year we picked someone else. I remembered your proposal, could we have a call?",
            "We passed in spring, but we just closed our round. Got time this week?",
            "Still up for building the app with us?",
            "We put it on hold, but now we can go. Could you update your quotation?",
            "Dusting off the old idea. Fancy a chat?",
            "Коробочная CRM не подошла. Не забыли нас?",
            "Старая система упала. Готовы обсудить переезд.",
            "Дом так и не продали, давайте созвонимся.",
            "Теперь можем работать с кем хотим. Хотим с вами.",
            "Студия, которую мы выбрали вместо вас, не справилась.",
            "The agency we hired let us down.",
            "Back after half a year with the same idea.",
            "Our new owners liked your deck.",
            "Could you resend your quote for the portal?",
            "Можно всё-таки вернуться?",
            "На этот год средства предусмотрены.",
            "The vendor we picked over you went bust. Too cheeky to come back?",
            "Sorry for going dark after the demo. If you're still interested, so are we.",
            "Long time no speak! This time we want the online shop done properly.",
            "Прошлый исполнитель исчез с предоплатой. Пишу вам.",
            "Раунд закрыли! Вы просили написать — пишу.",
            "Реорганизация завершена, вновь рассматриваем систему учёта.",
            "Много воды утекло, но проект жив.",
            "После Навруза, как и обещал. Логистика по-прежнему нужна, но команду хотим поменьше."})
    void everydayReopeningsReopen(String text) {
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another agency.", text));
    }

    /** Reopenings no phrase of the vocabulary names, read by all the words of the lead's message ({@link WordOdds#REOPENINGS}). */
    @ParameterizedTest
    @ValueSource(strings = {"Года полтора назад вы нам считали смету. Мы тогда не потянули. Сейчас потянем.",
            "Our harvest came in and now there is time and money. You wrote in spring, is it still possible?",
            "Anna, здарова! чел с бартером нас кинул 🙃 давай всё-таки замутим нормально, если ещё актуально",
            "Hey Anna, it's been ages. We shelved the project when the quote was over budget, but the co-op's grown and we've got US$51,000 to play with now. Worth a chat?"})
    void aReopeningInWordsNoPhraseNamesReopens(String text) {
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another agency.", text));
    }

    /** A decline taken back as sent in error reopens: the project "is still on". */
    @Test
    void aDeclineSentInErrorReopens() {
        assertEquals(Stage.PROPOSAL, stageAfter("Спасибо, но мы выбрали другого подрядчика.",
                "Прошлое письмо отправил наш новый менеджер, он перепутал вас с другой компанией. Проект актуален, извините за путаницу."));
        assertEquals(Stage.PROPOSAL, stageAfter("We are not interested anymore.", "Sorry, that was sent in error by our new assistant. Please go on."));
    }

    /** A lead that finds it cannot do without what it declined reopens: "без бота никак". */
    @Test
    void aLeadThatCannotDoWithoutItReopens() {
        assertEquals(Stage.PROPOSAL, stageAfter("Спасибо, но мы выбрали другого подрядчика.", "Весной отказались, а сейчас видим: без бота никак, очереди в чате. Давайте вернёмся."));
    }

    /** A decline only in brackets beside an acceptance is an aside: someone else's view, not the answer. */
    @Test
    void aDeclineInBracketsBesideAnAcceptanceIsAnAside() {
        assertEquals(Stage.WON, stageAfter("Houston, we have a deal 👽 The board voted this morning (Gary still thinks we should build it ourselves, bless him). Where do I sign?"));
        assertEquals(Stage.LOST, stageAfter("Sorry, we went with another vendor (we have a deal with them already)."));
    }

    /** Wanting to work with the owner, then asking for another sum in the next sentence, goes on negotiating; confirming the sum accepts. */
    @Test
    void anAcceptanceFollowedByAQuestionOfAnotherSumIsACounterOffer() {
        assertEquals(Stage.PROPOSAL, stageAfter("Мы очень хотим работать с вами, но сумма нам не по силам. Могли бы вы сделать за 6 500 лари?"));
        assertEquals(Stage.WON, stageAfter("ok, after sleeping on it my partner and I agree your quote's fair. Go ahead and draw up the SOW and we'll wire the deposit — $18,500 for phase one, right?"));
    }

    @Test
    void thanksAfterADeclineReopensNothing() {
        assertEquals(Stage.LOST, stageAfter("We went with another agency.", "Thanks for understanding, good luck with the other projects."));
    }

    @Test
    void aReopeningThatRetellsTheDeclineReopens() {
        assertEquals(Stage.PROPOSAL, stageAfter("We went with another vendor.",
                "Remember us? We went with another vendor and it didn't work out. Could we talk again?"));
    }
}
