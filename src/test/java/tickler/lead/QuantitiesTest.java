package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tickler.testkit.Acts;

/** Quantities by grammar: numbers in digits or words, modifiers before the noun, ranges, Russian forms. */
class QuantitiesTest {

    private final Vocabulary vocabulary = load();
    private final TeamSize teamSize = new TeamSize(vocabulary);

    private static Vocabulary load() {
        try {
            return Vocabulary.load(Acts.DEFAULTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Integer> team(String text) {
        return teamSize.last(vocabulary.numberWords().digits(text)).map(TeamSize.Found::size);
    }

    private Optional<Money> money(String text) {
        String digits = vocabulary.numberWords().digits(text);
        return Amounts.last(digits, Amounts.usualIn(digits)).map(Amounts.Found::money);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We have seven developers.|7",
            "A BA, a designer, three devs and a QA, so eight with the PM and DevOps.|8",
            "Аналитик, дизайнер, трое разработчиков, тестировщик, итого шесть.|6",
            "Staffing: 2 iOS + 2 Android + a designer.|5",
            "Менеджер проекта, аналитик, четыре разработчика и два тестировщика, итого восемь.|8",
            "For the integration piece, 2 full-time senior backend engineers should do.|2",
            "Нужна команда человек на десять, проект большой.|10",
            "We only need a couple of mobile engineers.|2",
            "Большая команда нам не нужна — трое, не больше.|3",
            "Сроки жёсткие, так что рассчитываем на десятерых.|10",
            "3 full-time senior engineers would join|3",
            "Staffing: a team of about 10 people.|10",
            "We'd put a 12-person team on it.|12",
            "Со своей стороны предлагаем 5 специалистов.|5",
            "Team: 1 PM, 1 designer, 3 devs, 1 QA.|6",
            "it'll be 2 devs + me as pm|3",
            "we'll put 5 people on this: PM, designer, and devs|5",
            "Предлагаемый состав: тимлид, два бэкенд-разработчика, фронтенд-разработчик и дизайнер.|5",
            "сделаем вчетвером: два мобильщика, бэкендер и qa|4",
            "2 бэка, 2 фронта, 1 qa и пм|6",
            "привет, нужно 5 разрабов фултайм с вашей стороны|5",
            "Планируем трех разработчиков и тестировщика на полставки.|4",
            "Our expectation is two mobile engineers plus a PM from your side.|3",
            "i imagine 4-5 folks on your end?|5",
            "Хотелось бы, чтобы над проектом работали 9 разработчиков, желательно сеньоры.|9",
            "a dozen engineers|12",
            "a team of twenty-five|25",
            "5–7 developers|7",
            "from 5 to 7 people|7",
            "Нас пятеро.|5",
            "двое опытных фронтендеров|2",
            "десяток разработчиков|10",
            "команда из пяти человек|5",
            "от 5 до 7 человек|7",
            "В команде трёх разработчиков не хватает, нужно четверо инженеров|4",
            "A team of 5: 2 backend devs, 2 mobile devs and 1 QA.|5",
            "Команда из 5 человек — 3 разработчика и 2 тестировщика.|5",
            "We had 6 developers in mind, but 4 developers will do.|4",
            "Resourcing: 2 frontend, 2 backend and 1 QA.|5",
            "Команда: 1 техлид, 2 бэкенда, 1 фронтенд, 1 QA — всего 5 человек.|5",
            "Хотим, чтобы с вашей стороны работали пятеро: менеджер, дизайнер и трое разработчиков.|5",
            "Think a PM, two backend devs and a QA.|4",
            "Ideally a project manager plus five developers.|6",
            "Состав: тимлид, фронтендер, два бэкендера и дизайнер.|5",
            "Поставим 6 специалистов, дизайнер подключится на второй неделе.|6",
            "Can you put 6 people on it? We have 40 staff ourselves but nobody who codes.|6",
            "Нужно 4 сеньора на бэкенд, у нас своих 15 человек, но все фронтендеры.|4",
            "Нужны два фронта и один бэк, плюс ваш менеджер.|4",
            "One senior full-stack dev and a designer for two weeks — that's all this needs.|2",
            "Тут нужен один сильный фулстек и дизайнер на пару недель.|2",
            "Our CTO wants 6 people assigned, with one team lead among them.|6",
            "Нужно шесть человек, из них один тимлид.|6",
            "We need eight engineers, of whom two seniors.|8",
            "Команда: менеджер проекта, два iOS-разработчика, два Android-разработчика и тестировщик.|6",
            "Нужно человек пять-шесть, из них двое на тестировании.|6",
            "Думаем, что нужна команда человек из десяти.|10",
            "Нам бы двоих разработчиков на Go и дизайнера.|3",
            "Тимлид, два бэкендера и QA — такой состав нас устроит.|4",
            "Хотим трёх бэкендеров и одного фронта.|4",
            "Нужно 5 человек на 3 месяца.|5",
            "we would require a team of 6 resources, with at least one senior backend engineer.|6",
            "Нужно пятеро. Бэк, фронт, мобилка, тест, менеджер.|5",
            "Our own team is 12 people, so we need 3 more developers from you.|3",
            "Дадим на проект семерых, все сеньоры и мидлы, без джунов.|7",
            "Хватит троих разработчиков, аналитика и тестера.|5",
            "По людям 4. Фронт, бэк, тест.|4",
            "Two developers full-time and a designer for the first three weeks only.|3",
            "We need one backend dev (Node), one mobile dev (iOS first) and a QA.|3",
            "Я + 2 разраба + дизайнер = 4, старт в понедельник.|4",
            "We'll put two devs in Lisbon and one in Porto on it, plus a PM, four altogether.|4",
            "I'll run it myself, plus two React developers. So three of us in total.|3",
            "Requirement: 12 (twelve) PHP developers, immediate start.|12",
            "We need 4 developers. Our QA department (3 persons) will test on its side and is not part of your team.|4",
            "Команда: я + 2 разраба, лендинг за три недели.|3",
            "Outstaff: iOS x2, Android x2, start in May.|4",
            "Correction to yesterday's email: not 4 devs, make it 5, we want a tester too.|5",
            "Будет три человека, а не четыре — дизайнер пока занят.|3",
            "Proposed team (5): tech lead, 2 backend, 1 frontend, 1 QA.|5",
            "We need a team of eight. Please note this number includes two QA engineers.|8",
            "The core team: 3 devs (2 backend, 1 frontend), 1 QA, 1 part-time designer.|5",
            "3 devs (senior), 1 QA|4",
            "A team of 5 (2 BE, 2 FE, 1 QA).|5",
            "We'd put two developers on it full-time, plus a designer for the first three weeks.|3",
            "Hi Dana, the team would be 4, including a dedicated QA.|4",
            "ye we'd have 3 on it, I'll send names tomorrow|3",
            "Dana, людей будет 5. Если сроки поджимать — добавим ещё одного.|5",
            "Мы небольшая студия, так что честно: на вашем проекте будут 3, и со всеми можно общаться напрямую.|3",
            "Honestly it's a small job — one dev, maybe two for a week at the end.|2",
            "2 devs, maybe 1|2",
            "Нужен один мобильщик под iOS и один под Android, плюс дизайнер на полставки.|3",
            "one developer for iOS and one for Android|2",
            "Состав команды: руководитель проекта, системный аналитик, три программиста, специалист по тестированию.|6",
            "Давайте так: дизайнер на первые пару недель, а дальше два разраба.|3",
            "Нужны два разработчика и один дизайнер, три человека, больше не надо.|3",
            "С нашей стороны будет пять человек, ваши два разработчика остаются на поддержке.|5",
            "Предлагаем команду из семи специалистов, двое из них сеньоры.|7",
            "Ереван: 3 от нас, их 2 на поддержке.|3",
            "We'll need two Flutter devs, a tester and a PM who can speak to our board.|4",
            "Состав: дизайнер, три разработчика и проджект.|5",
            "Нужны аналитик, два бэкендера и проджект-менеджер, который будет на связи.|4",
            "We'd like a team of 6 with one architect we can call any time.|6",
            "Give me 3 people who have shipped fintech rather than a dozen fresh graduates.|3",
            "Лучше два опытных разработчика, чем пятеро стажёров.|2",
            "We're a 60-person firm and need 2 developers for the portal.|2",
            "I'd bring two people I trust, so we'd be 3 in total, me included.|3",
            "Kindly provide two Flutter developers and one UI/UX designer.|3",
            "We need 2 UI/UX designers and 3 devs.|5",
            "It would be me doing the backend and my friend Wanjiru on the mobile side, so two of us.|2",
            "Наталья, по людям: на старте 6, потом, если пойдёт вторая фаза, добавим ещё.|6",
            "Сколько человек вы дадите? Мы рассчитывали на 9.|9",
            "Сколько людей поставите? Нам важно, чтобы было не меньше 12, иначе не успеем к сезону.|12",
            "How many developers would you put on it? We thought 4.|4",
            "Team 3 + tester prob.|4",
            "We'd like a small team, 4 people at most, and one contact person for us.|4",
            "Ideally a team of 6, so we're not bottlenecked on one person.|6",
            "It'd be just me — one person, no hand-offs.|1",
            "We need a full squad: PM, UI/UX, two Flutter devs, one backend and a QA.|6",
            "We'd put two developers on it full-time, plus a designer for the first three weeks and a PM at roughly a day a week.|4",
            "We'd keep it small: one senior dev full-time and a designer a couple of days a week.|2",
            "Team: 1 dev + designer PT. Not urgent.|2",
            "По людям так: два разработчика на полный день и дизайнер на первые две недели.|3",
            "Предлагаем так: 1 бэкенд, 1 фронт, 1 QA на полставки и аналитик на этапе ТЗ.|4",
            "Сколько будет человек в команде? Мы хотим 8, чтобы за три месяца всё закончить.|8",
            "How many blokes would you put on it? I'd rather 6 good ones than a big crew.|6",
            "How many people you will put on my project? I think 2 is good but you tell me.|2",
            "You asked how many folks we'd put on it — 5, and we can scale up if the scope grows.|5",
            "Zalo mini app for a cosmetics shop. Team needed: 10. Deadline Dec.|10",
            "Работаю один, помощников не держу. Всё сделаю сам от начала до конца.|1",
            "A backend engineer and a DevOps person would cover it; part-time is fine for the DevOps side.|2",
            "We need: 1 project manager, 2 backend (Python), 2 mobile (iOS + Android), 1 QA. Please confirm availability.|6",
            "Нам нужно два iOS-разработчика и один под Android.|3",
            "Сколько людей вы бы дали? Мы думали про 9.|9",
            "Людей — 8, и чтобы все сидели в одном часовом поясе с нами.|8",
            "Quote for the inventory tool: $15k flat. That's me plus a designer for about six weeks.|2",
            "Bob, the core team is 7, and we can scale it up for the launch month.|7",
            "Как и обсуждали, команда — 5. Если захотите ускориться, добавим ещё.|5",
            "В состав группы войдут: руководитель проекта — 1 чел., iOS-разработчик — 1 чел., backend-разработчики — 2 чел., инженер по тестированию — 1 чел.|5",
            "Нужно 2 бэка + фронт на полгода.|3",
            "На ваш проект ставим команду: PM, два мобильных разработчика, бэкенд, QA и дизайнер — шесть человек.|6",
            "want PM + 2 devs + QA from us; budget tbd|4",
            "нужен РП + 2 разраба + тестер; бюджет не назван|4",
            "На проект выделим 7 человек, контакт с вами — через одного менеджера.|7",
            "We can start with two people now and add a third in April once the API is stable.|3",
            "Bob, на старте 4 разработчика, к этапу интеграций добавим ещё двоих.|6",
            "Можем дать одного сеньора на Go уже с понедельника и ещё двух мидлов через две недели.|3",
            "We'd run it with a team of four, maybe five during the rollout.|5",
            "Hello Bob, we'd start with four people and scale up to seven once the API is stable.|7",
            "Our CTO wants 7 developers embedded with our in-house team of 10.|7",
            "Can you give us 7 senior backend engineers? Our in-house team is 12 people but all frontend.|7",
            "Двое мобильщиков (iOS и Android) и дизайнер — думаю, этого достаточно.|3",
            "For the mobile app: one Flutter dev, one backend, our designer at about 50%, and me as PM a few hours a week.|4",
            "Для реализации проекта предполагается задействовать 7 сотрудников, в том числе руководителя проекта и специалиста по тестированию.|7",
            "Ставим 7 людей, созвоны с командой раз в неделю.|7",
            "Вот КП: 800 тыс. рублей под ключ, включая дизайн, тесты и месяц поддержки, будет 2 разраба + я как пм.|3",
            "Seven of our people would be on your project at peak.|7",
            "need 8 eng for 1 yr, start Q3|8",
            "We anticipate a requirement of 7 personnel.|7",
            "I don't need an army. One lad who knows what he's doing will do.|1",
            "Could you give us 6 developers? The previous agency had one guy alone and it dragged on for months.|6",
            "Honestly, it's a 2-person job.|2",
            "Просим выделить программистов в количестве 4, включая тимлида.|4",
            "Team size needed: 7.|7",
            "Our CTO wants three backend people and a DevOps engineer on it.|4",
            "We'd run it lean: one developer full-time, a QA two days a week, and me as PM.|3",
            "Twelve people in total, split across two workstreams (platform and mobile), with one delivery manager over both — and yes, that's counting the delivery manager.|12",
            "По людям: 6, считая дизайнера, который подключается эпизодически.|6",
            "Честно скажу: проект на одного человека. Я его и сделаю, сам.|1",
            "Team-wise: one backend dev, one Flutter dev, a QA at half time and me as PM. So four humans, one of them part-time.|4",
            "Тут справлюсь сам плюс один джун на вёрстке.|2",
            "У нас будет трое в Хабаровске и двое в Сеуле.|5",
            "Сколько людей будет на проекте? Мы бы хотели, чтобы было не меньше 6.|6",
            "For budget reasons we're thinking a lean setup of 3, even if it takes longer.|3",
            "Больше людей не нужно, начнём впятером.|5",
            "Справимся втроём: два разработчика и тестировщик.|3",
            "Здесь хватит одного бэкендера и меня как менеджера проекта.|2",
            "They want 2 of ours on the integration.|2",
            "По людям: нужно 4, все на полный день.|4",
            "Two designers first, then five developers. Headcount at peak: 7.|7",
            "To be clear on the people side: 3, and I join every demo myself.|3",
            "We'd have 4 on the team from the first sprint.|4",
            "Four people is the right number: two developers, a designer and someone to keep it on track.|4",
            "We have 40 people at the plant and nobody technical, so we'd need 3 of yours.|3",
            "У нас своих айтишников 8 человек, но они заняты. На проект нужно 3 ваших.|3",
            "We're thinking 5 on the dev side; support stays with us.|5",
            "Нужен один разработчик на полный день и тестировщик на полдня.|2",
            "A team of ten for the migration, then we scale down to a core of four.|10",
            "Команда: бэк, фронт, тест на полставки.|3",
            "On top of me we need a designer and two developers, so a four-person team in total.|4",
            "Two developers and a QA lead.|3",
            "Short answer: three people. Longer answer: one senior full-stack for the whole duration, a designer for the first month, and a tester for the last two weeks.|3",
            "Team-wise: two Flutter devs, one backend guy, a QA who'd join in week 3, and me as PM.|5",
            "От вас нужен только дизайнер, разработку сделаем своими силами.|1",
            "Состав проектной команды: 7 сотрудников, в т.ч. руководитель проекта и системный аналитик.|7",
            "Проект небольшой, справимся вдвоём: я пишу код, коллега рисует интерфейсы.|2",
            "Тут работы на пару-тройку человек, не больше.|3",
            "Lean on purpose: 2 senior devs, a designer only for the first sprint.|3",
            "I reckon 3 of your blokes could have it done by spring.|3",
            "Two mobile devs, one backend, a part-time designer and someone to test.|5",
            "Людей у нас немного, на ваш проект поставим 3, зато самых толковых.|3",
            "Please propose the team: 1 project manager, 2 Flutter, 1 QA.|4",
            "Аутстафф: 3 Java + 2 React, полгода.|5",
            "We can give you 8 developers: five React Native and three Java.|8",
            "Outstaff 10 people, Java, six months.|10",
            "Need 7 folks minimum. Last shop put one guy on it and it took a year.|7",
            "Founder, technical. Team size they want: 40.|40",
            "Хотим одного программиста 1С и одного веб-разработчика, больше не нужно.|2",
            "Quick answer on team size: 6 ppl total, 4 devs + QA + PM (the PM is shared with another project).|6",
            "По людям: всего 5, часть в Шадринске, часть в Подгорице.|5",
            "Maybe 1 developer for app and 1 for server is enough? Plus somebody to test here in Leh in real conditions.|3",
            "We reckon 3 would be plenty for what we're asking.|3",
            "Chloe, it would just be me. I don't subcontract. If that's a dealbreaker, no hard feelings.|1",
            "Ольга, на старте будет 3, дальше посмотрим по нагрузке.|3",
            "Two devs and a designer should do it, yeah?|3",
            "I was told a project like this needs a designer, two developers and someone to test it. So four?|4",
            "We shall be deploying a team of six (6) professionals to your project, comprising of developers, a tester and a project lead.|6",
            "Realistically we are eight people in the whole studio, and I can give you three of them fully for the project.|3",
            "We need 5 people, 2 of them seniors.|5",
            "Сколько у вас людей будет на проекте? Мне кажется, 7 — нормально.|7",
            "сколько людей будет делать? нам кажется 7 норм|7",
            "Сколько людей — решайте сами, но не меньше 7.|7",
            "How many people do we need? No idea. My gut says 7, but you tell me.|7",
            "I would prefer to deal with no more than 7 people, otherwise I shall get confused 😅|7",
            "We'd start with 4 and scale up once the API is stable — easier to add people than to take them away.|4",
            "Понимаю, что вы хотели команду побольше, но предлагаю начать с 4 и добавить людей после первого релиза.|4",
            "Сколько людей надо, я не знаю. Думаю, 7 хватит? Вы специалисты, подскажите.|7",
            "Hi Sam, the crew on this would be 5, so you'll know everyone by the second week.|5",
            "hi Sam we are 4 on this project, me included. my brother does the design|4",
            "Для проекта сформируем команду в составе: руководитель проекта — 1, разработчики — 3, тестировщик — 1.|5",
            "We'll start with 3 and adjust after the first sprint.|3",
            "Sam, we'd start with 4 and can add people within a week if the scope grows.|4",
            "стартуем с 5, дальше по ситуации|5",
            "we don't need a huge team, 4 max|4",
            "Привет, Олег! Ребят на проект выделим 3, все из Казани, так что созвоны в одном часовом поясе.|3",
            "Большая команда не нужна, максимум 3. Главное, чтобы отвечали быстро.|3",
            "we need like 2 mobile devs and a backend guy, plus a designer for the first month only|4",
            "Mia, to your question on headcount — 3 full-time, and our DevOps guy on call when we deploy.|3",
            "Can you give us 3 React Native devs for six months? We have our own PM and designer.|3",
            "Hi! We'd have 5 on it, a couple of seniors and the rest mid-level.|5",
            "Нам хватит одного мобильщика и дизайнера на старте, дальше посмотрим.|2",
            "We need one mobile dev and a designer at the start.|2",
            "We'd need two backend devs, one person who knows React Native, and a part-time QA.|4",
            "We want 5 people, and one person who knows the domain will be our contact.|5",
            "We want a designer and a front-end person, that's it — the backend is done.|2",
            "Team would be small — one Flutter dev full time, one backend guy at half, and me doing PM.|3",
            "Team would be small — one Flutter dev full time, one backend guy at half, and a QA.|3",
            "Команда небольшая — трое. Дизайн делаю я сам, код — двое ребят, с которыми работаю уже пять лет.|3",
            "Коротко: команда из четырёх человек. Небольшая команда — два человека.|2",
            "В состав проектной группы войдут: руководитель проекта, бизнес-аналитик, два backend-разработчика, frontend-разработчик, QA-инженер.|6",
            "Team size: we're imagining 38 in total, including whoever manages it on your side.|38",
            "На проект пойдут: Олег (бэк), Настя (фронт), Илья (мобилка), Вера (QA) и я как менеджер.|5",
            "The squad: Ravi (lead, Node), Priya (React), Arjun (React Native), Deepa (QA), plus me part-time as account manager.|5"})
    void headCounts(String text, int size) {
        assertEquals(Optional.of(size), team(text));
    }

    @Test
    void aLineBreakEndsAListUnlessTheNextLineIsABullet() {
        assertEquals(Optional.of(6), team("Коротко: 14 недель, команда из четырех человек\n2 бэка, 2 фронта, 1 qa и пм"));
        assertEquals(Optional.of(3), team("Team:\n- 2 backend devs\n- 1 QA"));
        assertEquals(Optional.of(6), team("14 недель, команда из четырех человек 2 бэка, 2 фронта, 1 qa и пм"), "no separator, no list");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Phase 1 is enough for now.",
            "We spent 300 hours on this project already.",
            "We start with 3 months of discovery and adjust the plan.",
            "Team is small; budget 40 max.",
            "Выделим 2 недели на аналитику.",
            "Отправляю расчёт: разработка — 1,2 млн руб., поддержка — по отдельному договору.",
            "I'm solo so it'd be me writing every line.",
            "3 weeks with our developers",
            "Нужен корпоративный портал на 300 сотрудников.",
            "Next steps: revised scope by Friday and an intro to our QA lead.",
            "I'm a one-person shop, so I only take on a few projects at a time.",
            "We need an intranet for about 250 employees.",
            "meet at 5 pm, 3 options",
            "5 тысяч человек в месяц посещают сайт",
            "Релиз занял трое суток.",
            "one of our engineers will call",
            "Step 1: hire a designer.",
            "мы небольшая студия, минималка у нас примерно 1 млн",
            "Our designer will send the mockups.",
            "We build for iOS and Android.",
            "По деньгам у нас примерно 15 миллионов тенге на всё.",
            "Нужны дизайнеры и разработчики с опытом в финтехе.",
            "We will build it ourselves after all, we hired two guys last week.",
            "В штате двенадцать программистов, нужен сайт.",
            "We are a team of 40 and need a booking app.",
            "Hello! We're a 35-person logistics firm in Durban and our dispatch runs on paper.",
            "One of us will call you tomorrow.",
            "Got your name from the founders' Slack, a couple of people there vouched for you.",
            "How many people will use it? About 200.",
            "One open question on your side: who owns the AWS account right now?",
            "Работаю 5 лет в этой сфере.",
            "The estimate comes out at 310 person-days, which is $5,000 at our standard rate.",
            "They have 40 staff and a website that needs work.",
            "Я спросил в сообществе рестораторов, и человек шесть написали про вас только хорошее.",
            "We're still tracking irrigation in spreadsheets that three different people edit.",
            "Хочу своё приложение с объектами. Это вообще реально для одного человека?",
            "Давайте после майских. Сейчас ни одного свободного человека.",
            "Я риелтор, работаю одна с помощницей. Хочу своё приложение, это реально для одного человека?",
            "Рад, что увиделись! Напишу, как только архитектор посмотрит объём работ.",
            "Hey, we run tugs out of Mobile and dispatch is one guy with two phones and a legal pad.",
            "Let's start with 3 and then add more features.",
            "We'd start with 2 screens and add the rest later.",
            "This is our standard first reply: we usually work on projects above $20,000. If yours is smaller, I can recommend a couple of good freelancers instead.",
            "Вот смета, как обещал. Дизайн, фронт, бэк, тестирование — всё расписано по часам. Итого 5200 тыс. руб.",
            "We met Ravi (CTO) and Priya (CFO) yesterday, a good start.",
            "Привет от Олега (Москва) и Насти (Питер)! Нужен сайт."})
    void noHeadCount(String text) {
        assertEquals(Optional.empty(), team(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "полтора миллиона рублей|1500000|RUB",
            "ninety thousand dollars|90000|USD",
            "девяносто тысяч долларов|90000|USD",
            "$50-70k|70000|USD",
            "between $50k and $70k|70000|USD",
            "Your quote of $90k is too high; could we fit into $75k?|75000|USD",
            "CHF 45,000|45000|CHF",
            "можем сделать за 90к баксов фиксом|90000|USD",
            "we'd do it for 130k cad, fixed price|130000|CAD",
            "CAD 40,000|40000|CAD",
            "US$369,000|369000|USD",
            "двести тысяч евро|200000|EUR",
            "Total budget: CHF 150'000 (excl. VAT).|150000|CHF",
            "We have about two hundred grand (USD) earmarked|200000|USD",
            "около полутора миллионов рублей|1500000|RUB",
            "бухгалтерия вернулась с лимитом в полтора ляма рублей|1500000|RUB",
            "Бюджет небольшой, тысяч 600–700, мы пока на собственные деньги живём.|700000|RUB",
            "денег немного — тысяч 300|300000|RUB",
            "Ну я думал тыщ в сто рублей уложиться. Или это мало?|100000|RUB",
            "Я рассчитывал тысяч 300–350 рублей на первый этап, реально?|350000|RUB",
            "Хотели уложиться тыщ в 400 рублей, ну может 450, если без дизайна.|450000|RUB",
            "Budget's 40 grand, Canadian. The board was very clear on that.|40000|CAD",
            "Думали тысяч в 300 рублей, может 2 месяца займёт.|300000|RUB",
            "Коллеги, для понимания: на весь проект у нас миллион двести. Рублей, конечно :)|1200000|RUB",
            "Максимум, что могу, — миллион четыреста.|1400000|RUB",
            "Честно, денег немного — тысяч 300, может 350.|350000|RUB",
            "Бюджет у нас тысяч 300, ну 350 край, больше директор не даст.|350000|RUB",
            "Our cap is 30 000 leva, VAT included.|30000|BGN",
            "we can do it for 18 500 лв. Supersedes the earlier quote.|18500|BGN",
            "My budget is 15 millions francs CFA. Not more.|15000000|XOF",
            "the quote for N$ 210 000 is approved on our side.|210000|NAD",
            "денег немного — тысяч на двести|200000|RUB",
            "b2b-портал, интеграция с 1с. бюджет 3 млн. команда 6 вкл. qa|3000000|RUB",
            "Budget sanctioned for the project is INR 18 lakhs, kindly do the needful.|1800000|INR",
            "we can go up to Rs. 1.2 crore for both apps|12000000|INR",
            "₹45 lakh, inclusive of GST|4500000|INR",
            "around 30 lakh rupees|3000000|INR",
            "Orçamento: R$ 250.000 para o app|250000|BRL",
            "we have ₺1.5 million for phase one|1500000|TRY",
            "the board signed off on ₦40 million|40000000|NGN",
            "about 120,000 Singapore dollars all in|120000|SGD",
            "we can stretch to S$85k if the timeline holds|85000|SGD",
            "HK$ 800,000 is the ceiling|800000|HKD",
            "у нас 25 000 белорусских рублей на всё|25000|BYN",
            "готовы заплатить 400 тысяч турецких лир|400000|TRY",
            "Короче, лям двести рублей — и по рукам?|1200000|RUB",
            "бюджет 1 млн 200 тыс. руб.|1200000|RUB",
            "готовы на 2 миллиона 300 тысяч рублей|2300000|RUB",
            "Инвестор одобрил триста тысяч, сможете в это уложиться?|300000|RUB",
            "готовы на два миллиона триста тысяч рублей|2300000|RUB",
            "our ceiling is 5 million yen|5000000|JPY",
            "the budget is ¥5,000,000 for the first release|5000000|JPY",
            "How about 400,000 lira?|400000|TRY",
            "На MVP у нас 150 млн сумов.|150000000|UZS",
            "Бюджет проекта 20 000 000 драмов.|20000000|AMD",
            "around 90,000 zlotys in total|90000|PLN",
            "we can go to 55 000 $ CAD maximum|55000|CAD",
            "Бюджет скромный — тысяч 20 белорусских рублей, может, чуть больше.|20000|BYN",
            "Стоимость доработки — 2 300 000 сом.|2300000|KGS",
            "тг-бот для записи, 150 тыс. сом, мелко но быстро|150000|KGS",
            "а можно за 1,5 млн сделать? больше бюджета нету|1500000|RUB",
            "Директор сказал: три с половиной миллиона рублей, не больше.|3500000|RUB",
            "we could stretch to two and a half million dollars|2500000|USD",
            "Рассчитывали потратить около миллиона, не больше.|1000000|RUB",
            "Мы прикинули: тысяч 400-500 можем отдать.|500000|RUB",
            "We have a million dollars for the whole thing.|1000000|USD",
            "The revised quote is 48,000 Ghana cedis for the web part.|48000|GHS",
            "about 20,000 Canadian dollars in total|20000|CAD",
            "Кафе: разраб + дизайнер, 350 тыс. Меню и онлайн-заказ.|350000|RUB",
            "Пермь: пара прогеров на полгода, 1,5 млн. Ждут резюме.|1500000|RUB",
            "Our budget is R450 000 all in.|450000|ZAR",
            "R300k is what we can realistically do|300000|ZAR",
            "Total now RM 82,500 after removing the loyalty tiers.|82500|MYR",
            "around Rp 50.000.000 for the pilot|50000000|IDR",
            "Цена — 48 000 злотых нетто, плюс VAT 23%.|48000|PLN",
            "бюджет 40к злотых, хотят 4 чел|40000|PLN",
            "the budget is 25 000 zł net|25000|PLN",
            "about 15 000 Kč a month|15000|CZK",
            "Our committee has sanctioned Rs 6,50,000 only for this phase.|650000|INR",
            "Quotation total: BDT 12,40,000 (Twelve lakh forty thousand taka) only.|1240000|BDT",
            "Koszt całości to 92 tys. zł netto.|92000|PLN",
            "Бюджет 8 млн тг, сроки — к осени.|8000000|KZT",
            "Если считать в лари, то около 30 тысяч. В рублях не знаю сколько.|30000|GEL",
            "In euros we could set aside about 70k for it.|70000|EUR",
            "Hi Tunde, without the tracking module the new total is ₦17.4m instead of ₦21m.|17400000|NGN",
            "Новая смета — 530к вместо 640к: дизайн берём из шаблона.|530000|RUB",
            "Обновлённое КП: 950 тыс. вместо 1,1 млн.|950000|RUB",
            "Corrected quote: £51,200 inc. VAT, not £47,900 as I wrote on Monday.|51200|GBP",
            "Revised: AED 310K excl. VAT (was AED 355K).|310000|AED",
            "the total now stands at CA$152,000 (previously $140K + $12K)|152000|CAD",
            "Not $40k but $45k is what we can do against your $60k quote.|45000|USD",
            "Вместо 2 400 000 руб. предлагаем 2 150 000 руб. — убрали модуль отчётов.|2150000|RUB",
            "We can do $75k AUD + GST and that's about it.|75000|AUD",
            "The board approved C$90K max for the portal.|90000|CAD",
            "Budget for the payroll system is LKR 3.2 Mn, inclusive of VAT.|3200000|LKR",
            "Бюджет — 450 тыс. грн, готовы обсуждать.|450000|UAH",
            "Руководство согласовало 7 800 бел. руб. на весь проект.|7800|BYN",
            "нужен лендинг, бюджет 40 тыщ рублей не больше|40000|RUB",
            "Quote attached: BDT 9,80,000 for the app plus BDT 15,000/month for hosting.|980000|BDT",
            "The whole platform comes to SAR 860,000, of which phase one is SAR 310,000.|860000|SAR",
            "Our estimate is CA$98,000, with an optional $6,500 for the chat add-on.|98000|CAD",
            "Стоимость MVP — $18,000, оплата тремя траншами по $6,000.|18000|USD",
            "Стоимость бота — 2 400 000 руб., поддержка — 40 000 руб./мес.|2400000|RUB",
            "Budget R120–180k, iOS and Android.|180000|ZAR",
            "Board sanctioned 1.5 Cr INR for both phases.|15000000|INR",
            "Donor budget is Tk 9 lakh, offline-first Android.|900000|BDT",
            "лендос на тильде, 40 косых, неделя|40000|RUB",
            "нужна мобилка для доставки по Баку, бюджет 18 000 манат|18000|AZN",
            "Брат, 90k много. Давай 60 тысяч дирхамов?|60000|AED",
            "Ваши 9 000 $ для нас высоко. Давайте в тенге — 3,8 млн, и закроем вопрос.|3800000|KZT",
            "НМЦК — 2 700 000 руб., что ниже вашего коммерческого предложения (3 100 000 руб.).|2700000|RUB",
            "косарей 70 есть, больше не потяну|70000|RUB",
            "We can spend up to 1.500.000 TL + KDV on the configurator.|1500000|TRY",
            "The budget is 180.000 lei + TVA, from EU funds.|180000|RON",
            "Бюджет на сайт — 45 000 леев, не больше.|45000|MDL",
            "$140K CAD is more than the board will sign; we'd be comfortable at $115K.|115000|CAD",
            "I can do $20k for v1, maybe another $8k later for v2.|20000|USD",
            "We have about €25k set aside. The last agency wanted €48k, which was mad.|25000|EUR",
            "Budget is about 900,000,000 VND (~36k USD).|900000000|VND",
            "Бюджет на квартал — 3.2М руб., оплата помесячно.|3200000|RUB",
            "Екб, завод. 1,8 млн без НДС. Личный кабинет дилера.|1800000|RUB",
            "Budget's about AU$60,000 all up, including the first year of hosting.|60000|AUD",
            "We're thinking around forty thousand kiwi dollars, give or take.|40000|NZD",
            "My friend, this price is too much. I give you six million CFA, that's it.|6000000|XOF",
            "CRM для сети автомоек, 14 точек. бюджет 1,5–2 млн. запуск весной.|2000000|RUB",
            "Не потянем 2,4 млн, но 1,8 млн могли бы.|1800000|RUB",
            "Budget in dollars: we were thinking around 25 grand, maybe 30 if it really does everything.|30000|USD",
            "Budget in euros: 40k, or 35 if we must.|40000|EUR",
            "Я думал тыщ за пятьдесят сделать сайт, или это мало? Скажите честно.|50000|RUB",
            "Можем выделить два с половиной ляма, не больше.|2500000|RUB",
            "Budget: two and a half grand USD, tops.|2500|USD",
            "We've got about a hundred and fifty thousand dollars budgeted for the rebuild.|150000|USD",
            "Около пол-ляма готов вложить из своих, остальное потом.|500000|RUB",
            "Estimate attached: the dedicated developer at 95,000 pesos (PHP), three months minimum.|95000|PHP",
            "The members agreed to contribute 40 million Uganda shillings in total.|40000000|UGX",
            "Our budget is about 30 million won. Is it enough?|30000000|KRW",
            "Our director says it is over budget. If 31,500,000 won is possible, we go to next step.|31500000|KRW",
            "Готова на 12 млн вон, если сроки сохранятся.|12000000|KRW",
            "Nine and a half thousand quid is what the board signed off.|9500|GBP",
            "We could invest up to 120 000 złotych in the first version.|120000|PLN",
            "Very nice proposal but too much for us. 4 lakh is possible, more we cannot.|400000|INR",
            "The total cost is six lakh fifty thousand only, inclusive of one year support.|650000|INR",
            "Нет, 1,5 млн для нас неподъёмно. Закрываем вопрос.|1500000|RUB",
            "Делаем! Бухгалтерия ждёт инвойс в евро, 14 500 без НДС, как в вашем предложении.|14500|EUR",
            "Agreed: 48,000 plus VAT, in pounds.|48000|GBP",
            "Смета на бота готова: 180 000 ₽ разработка, поддержка отдельно.|180000|RUB",
            "Слишком дорого. 250 тыр и всё.|250000|RUB",
            "ну где-то 300к рублей, может 350, если прям очень надо|350000|RUB",
            "Our budget is 300k USD, maybe 350.|350000|USD",
            "We have $300k, maybe 250 if you phase it.|300000|USD",
            "Бюджет 300к рублей, может 3 месяца на всё.|300000|RUB",
            "Honestly I've got about fifteen grand to play with, Aussie dollars.|15000|AUD",
            "We have maybe 60 mil pesos for the web, Mexican pesos. Is it enough?|60000|MXN",
            "Your price of 38 mil dólares is too much for us.|38000|USD"})
    void amounts(String text, String amount, String currency) {
        assertEquals(Optional.of(new Money(new BigDecimal(amount), currency)), money(text));
    }

    @Test
    void aNumberInWordsEndingInItsScaleKeepsTheScaleAsAMagnitude() {
        assertEquals("approved 25 thousand, can you", vocabulary.numberWords().digits("approved twenty-five thousand, can you"));
        assertEquals("1500 hours", vocabulary.numberWords().digits("one thousand five hundred hours"));
        assertEquals(Optional.empty(), money("пять тысяч пользователей"), "a magnitude counting something else is no money");
        assertEquals(Optional.empty(), team("five thousand employees"), "nor a team of five");
    }

    @Test
    void capitalsThatAreNoCurrencyAreNoMoney() {
        assertEquals(Optional.empty(), money("we need 3 FTE and 2 QA"));
        assertEquals(Optional.empty(), money("у нас 2 млн. пользователей в месяц"));
        assertEquals(Optional.empty(), money("Agenda: 1) scope 2) timeline 3) $$ 4) next steps."), "'$$' names money as a topic");
        assertEquals(Optional.empty(), money("outstaffing: want 4 PHP devs from March, min 6 months."), "PHP is a skill here");
        assertEquals(Optional.empty(), money("Ask about their current stack (PHP 5?!) before quoting."), "a language's version");
        assertEquals(Optional.empty(), money("The shop still runs on PHP 7.4 and a MySQL from 2015."), "a language's version");
        assertEquals(Optional.of(new Money(new BigDecimal("5000000"), "PHP")), money("Our budget is PHP 5 million for the app."));
        assertEquals(Optional.of(new Money(new BigDecimal("25000"), "CAD")), money("We've set aside around 25 thousand Canadian for this, give or take."));
        assertEquals(Optional.empty(), money("We are a Canadian company with 3 offices."));
    }

    @Test
    void aLocalSignOfLettersIsMoneyOnlyBesideAFigureThatCanOnlyBeMoney() {
        assertEquals(Optional.empty(), money("Q3 2026 launch, then the R2 release"), "the quetzal, the rand");
        assertEquals(Optional.empty(), money("the site sits at 5,000 ft"), "the forint's sign is the foot's");
        assertEquals(Optional.empty(), money("Rp 500 for parking"), "a figure that is no money's shape");
        assertEquals(Optional.empty(), money("she passed her CFA 3 exam"), "the analyst's charter, not the franc");
    }

    @Test
    void aCurrencyNounThatIsAnOrdinaryWordIsNoMoney() {
        assertEquals(Optional.empty(), money("we just passed the 100k mark in users"), "the Bosnian mark");
        assertEquals(Optional.empty(), money("we have 3 gold sponsors"), "the Zimbabwean gold");
        assertEquals(Optional.empty(), money("2 пула серверов"), "the Botswanan pula");
    }

    @Test
    void aNounSeveralCurrenciesShareIsMoneyOnlyWhereItsCodeOrCountrySaysWhich() {
        assertEquals(Optional.empty(), money("We can pay 95,000 pesos for it."), "the Mexican, Philippine, Chilean… peso");
        assertEquals(Optional.empty(), money("About 40 million shillings, give or take."), "the Kenyan, Ugandan, Tanzanian… shilling");
        assertEquals(Optional.of(new Money(new BigDecimal("1200000"), "KES")), money("Budget is 1.2 million Kenya shillings."));
        assertEquals(Optional.empty(), money("Our team of 5 won the hackathon."), "the won only after a magnitude");
    }

    @Test
    void thanksAMillionIsNoMillion() {
        assertEquals(Optional.empty(), money("Could you send me some info on what you'd need from us? Thanks a million, Mary"));
    }
}
