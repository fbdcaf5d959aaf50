package tickler.quality;

import java.util.List;

/**
 * What people in the synthetic world write, in English and Russian. Placeholders: {name} a
 * person, {org} an organisation (Russian also {org.acc}, {org.dat}, {org.ins}, {org.gen}: its cases),
 * {amount} a money amount, {n} a head count. Written from how sales mail reads, not from the
 * vocabulary; none of these sentences is quoted text (Activity.text is the author's own words).
 */
final class Phrasebook {

    final Bank greeting;
    final Bank inquiry;
    final Bank referral;
    final Bank colleagueIntro;
    final Bank contactIntro;
    final Bank partnerIntro;
    final Bank coldOutreach;
    final Bank outreachReminder;
    final Bank ownerReply;
    final Bank screening;
    final Bank leadBudget;
    final Bank leadTeam;
    final Bank askForProposal;
    final Bank meetingTitle;
    final Bank followUp;
    final Bank proposal;
    final Bank proposalAttachment;
    final Bank won;
    final Bank lost;
    final Bank nameOnlyReminder;
    final Bank calendarNote;
    final Bank chitChat;
    final Bank signature;

    private Phrasebook(List<Bank> banks) {
        int i = 0;
        greeting = banks.get(i++);
        inquiry = banks.get(i++);
        referral = banks.get(i++);
        colleagueIntro = banks.get(i++);
        contactIntro = banks.get(i++);
        partnerIntro = banks.get(i++);
        coldOutreach = banks.get(i++);
        outreachReminder = banks.get(i++);
        ownerReply = banks.get(i++);
        screening = banks.get(i++);
        leadBudget = banks.get(i++);
        leadTeam = banks.get(i++);
        askForProposal = banks.get(i++);
        meetingTitle = banks.get(i++);
        followUp = banks.get(i++);
        proposal = banks.get(i++);
        proposalAttachment = banks.get(i++);
        won = banks.get(i++);
        lost = banks.get(i++);
        nameOnlyReminder = banks.get(i++);
        calendarNote = banks.get(i++);
        chitChat = banks.get(i++);
        signature = banks.get(i);
    }

    static final Phrasebook ENGLISH = new Phrasebook(List.of(
            Bank.of(List.of("Hi,", "Hello,", "Good morning,", "Hi there,"), List.of("Hey,", "Dear team,")),
            Bank.of(List.of(
                    "We are looking for a team to build a mobile app for our delivery business.",
                    "We need help rebuilding our customer portal before the spring season.",
                    "Could you help us with a B2B marketplace MVP?",
                    "Our internal CRM is falling apart and we want it redone properly."),
                    List.of("We're exploring options for a data platform and your name came up.",
                            "Is modernising a legacy Delphi system something your folks take on?")),
            Bank.of(List.of(
                    "Your studio was recommended to me by {name}.",
                    "{name} referred us to you.",
                    "I got your contact from {name}.",
                    "We were referred to you by {name}."),
                    List.of("{name} suggested I get in touch with you.",
                            "A friend of mine, {name}, recommended your team.",
                            "{name} speaks very highly of you and passed on your address.")),
            Bank.of(List.of(
                    "Meet {name}, who runs product at {org}. They need exactly what we do, over to you.",
                    "Introducing {name} from {org}: they asked me about app development, you are the right person."),
                    List.of("Connecting you two: {name} ({org}) is shopping for a dev partner.")),
            Bank.of(List.of(
                    "Let me introduce {name} of {org}, a good friend. I told them you did great work for us.",
                    "Connecting you with {name} from {org}. They need a similar project to ours."),
                    List.of("Putting you in touch with {name} at {org}; thought you two should talk.")),
            Bank.of(List.of(
                    "As discussed on our partner call, here is {name} from {org}. They have a web project starting soon.",
                    "Passing you a lead from our network: {name}, {org}. They mentioned about $30,000 set aside."),
                    List.of("One more for you from the partner programme: {name} of {org}, looking for a vendor.")),
            Bank.of(List.of(
                    "I noticed {org} is hiring mobile developers. We build apps for logistics companies; would a short call make sense?",
                    "We recently shipped a portal for a company much like {org}. Could I show you what we did?"),
                    List.of("Saw your talk at the meetup last week. We help teams like {org} ship faster; open to a chat?")),
            Bank.of(List.of("Write to {name} ({org}) {address}", "Reach out to {name} at {org}: {address}"),
                    List.of("Cold email {address}, {name} from {org}")),
            Bank.of(List.of(
                    "Thanks for reaching out! Happy to discuss. When would suit you for a call?",
                    "Thank you for the message. Let's talk this week, does Thursday work?",
                    "Great to hear from you. Could you tell me a bit more about the scope?"),
                    List.of("Appreciate you getting in touch; glad to set up time to talk.")),
            Bank.of(List.of(
                    "Just so you know, we usually take on projects from {amount}.",
                    "For context, our minimum budget is {amount}."),
                    List.of("Our engagements typically start at {amount}.")),
            Bank.of(List.of(
                    "Our budget is {amount}.",
                    "We have around {amount} for this.",
                    "The budget we've approved is {amount}.",
                    "We can spend up to {amount} on the first phase."),
                    List.of("Finance signed off on {amount} for the project.",
                            "Ballpark, we're thinking {amount}.")),
            Bank.of(List.of(
                    "We are a team of {n}.",
                    "We have {n} developers in-house.",
                    "Our team is {n} people.",
                    "There are {n} engineers on our side."),
                    List.of("We're a {n}-person team.",
                            "Our company has {n} employees.")),
            Bank.of(List.of(
                    "Could you send us a rough estimate?",
                    "Please send over a proposal when you can."),
                    List.of("What would a quote for this look like?")),
            Bank.of(List.of("Call with {org}", "{org}: intro meeting", "Demo for {org}", "Meeting {name} / {org}"),
                    List.of("{org} discovery session", "Workshop at {org}")),
            Bank.of(List.of(
                    "Thanks for your time today! As discussed, I'll come back with next steps.",
                    "Great meeting you. Sharing the notes from our call below.",
                    "Thank you for the conversation earlier, it was very useful."),
                    List.of("Good chatting today; summary of what we agreed is below.")),
            Bank.of(List.of(
                    "Please find our proposal attached.",
                    "Here is our estimate for the first phase: {amount}.",
                    "As promised, our commercial offer: {amount} for the whole project."),
                    List.of("Sharing the quote for the MVP: {amount} total, ten weeks.",
                            "Attached is the statement of work with pricing, {amount}.")),
            Bank.of(List.of("Proposal_{org}.pdf", "{org}-estimate-v2.xlsx", "SOW_{org}.docx"),
                    List.of("{org} quote.pdf")),
            Bank.of(List.of(
                    "Great news, the contract is signed on our side.",
                    "We've signed the contract, scan attached.",
                    "Deal closed, welcome aboard!"),
                    List.of("Signed agreement attached, let's get started!",
                            "The contract has been signed by our CEO.")),
            Bank.of(List.of(
                    "We decided to go with another vendor.",
                    "Unfortunately the project is no longer relevant.",
                    "We've chosen another company for this."),
                    List.of("We went with a different agency this time, sorry.",
                            "Management decided not to proceed with the project.")),
            Bank.of(List.of("Call {org} about the estimate", "Ping {org} re: contract", "Follow up with {org}"),
                    List.of("Chase {org} for feedback", "Check in with {org}")),
            Bank.of(List.of("{org}: budget {amount}, team {n}", "{org} notes: {amount}"),
                    List.of("{org}: they said {amount}")),
            Bank.of(List.of("Sounds good.", "Thanks, talk soon.", "Got it, thanks!"),
                    List.of("Noted, cheers.")),
            Bank.of(List.of("--\n{name}\n{org} Ltd", "Best regards,\n{name}\nHead of Product, {org} Inc."),
                    List.of("Cheers,\n{name} | {org}"))));

    static final Phrasebook RUSSIAN = new Phrasebook(List.of(
            Bank.of(List.of("Добрый день!", "Здравствуйте!", "Добрый день,"), List.of("Привет!", "Коллеги, добрый день.")),
            Bank.of(List.of(
                    "Ищем подрядчика на разработку мобильного приложения для доставки.",
                    "Нужно переделать личный кабинет клиента до весны.",
                    "Хотим запустить маркетплейс для оптовиков, нужна команда.",
                    "Наша CRM устарела, хотим заказать новую."),
                    List.of("Рассматриваем варианты по доработке нашего интернет-магазина.",
                            "Интересует поддержка старой системы на 1С.")),
            Bank.of(List.of(
                    "Вас нам порекомендовал {name}.",
                    "Ваш контакт дал {name}.",
                    "Мне вас посоветовали коллеги."),
                    List.of("Обращаюсь по рекомендации {name}.",
                            "{name} рекомендовал обратиться к вам.",
                            "Узнали о вас от {name}, очень хвалил вашу работу.")),
            Bank.of(List.of(
                    "Знакомлю с {name} из {org.gen}: им нужна разработка, передаю тебе.",
                    "Это {name}, компания {org}. Ищут команду на приложение, пообщайтесь."),
                    List.of("Передаю контакт: {name} ({org}), хотят обсудить проект.")),
            Bank.of(List.of(
                    "Знакомьтесь: {name} из {org.gen}, мой хороший знакомый. Рассказал ему, как вы нам помогли.",
                    "Хочу познакомить вас с {name} из {org.gen}, у них похожая задача."),
                    List.of("Свожу вас с {name} ({org}), думаю, вам есть что обсудить.")),
            Bank.of(List.of(
                    "Как договаривались, передаём клиента: {name}, {org}. Проект стартует скоро.",
                    "Лид от нас: {name} из {org.gen}. Говорили про бюджет около 2 млн руб."),
                    List.of("Ещё один клиент по партнёрской программе: {name}, {org}.")),
            Bank.of(List.of(
                    "Увидел, что {org} расширяет отдел продаж. Мы делаем CRM под такие задачи, удобно созвониться?",
                    "Мы недавно сделали портал для компании, похожей на {org}. Могу показать?"),
                    List.of("Слышал ваш доклад на конференции. Помогаем командам вроде {org} быстрее запускаться.")),
            Bank.of(List.of("Написать {name} ({org}) {address}", "Связаться с {name} из {org.gen}: {address}"),
                    List.of("Холодное письмо {address}, {name} из {org.gen}")),
            Bank.of(List.of(
                    "Спасибо за обращение! Давайте созвонимся, когда вам удобно?",
                    "Спасибо, что написали. Предлагаю обсудить на неделе.",
                    "Рад знакомству. Расскажите подробнее о задаче?"),
                    List.of("Благодарю за письмо, готов обсудить детали.")),
            Bank.of(List.of(
                    "Сразу скажу, мы обычно берём проекты от {amount}.",
                    "Для ориентира: минимальный бюджет проекта у нас {amount}."),
                    List.of("Наши проекты, как правило, начинаются от {amount}.")),
            Bank.of(List.of(
                    "Бюджет проекта {amount}.",
                    "Рассчитываем примерно на {amount}.",
                    "Готовы потратить до {amount} на первый этап."),
                    List.of("Руководство согласовало {amount}.",
                            "Ориентировочно закладываем {amount}.")),
            Bank.of(List.of(
                    "У нас команда из {n} человек.",
                    "В штате {n} разработчиков.",
                    "Нас {n} человек."),
                    List.of("В компании работает {n} сотрудников.",
                            "Сейчас в отделе {n} программистов.")),
            Bank.of(List.of(
                    "Пришлите, пожалуйста, коммерческое предложение.",
                    "Можете прислать смету?"),
                    List.of("Сколько примерно это будет стоить?")),
            Bank.of(List.of("Встреча с {org.ins}", "Созвон: {org}", "Демо для {org.gen}"),
                    List.of("{org}: обсуждение проекта", "Визит в {org.acc}")),
            Bank.of(List.of(
                    "Спасибо за встречу! Как договорились, вернусь с планом.",
                    "Спасибо за время, отправляю заметки по итогам звонка.",
                    "Рад был пообщаться, ниже итоги."),
                    List.of("Благодарю за созвон, фиксирую договорённости.")),
            Bank.of(List.of(
                    "Направляю коммерческое предложение.",
                    "Смета во вложении, итого {amount}.",
                    "Отправляю КП по проекту: {amount}."),
                    List.of("Подготовили для вас расчёт стоимости: {amount}.",
                            "Высылаю предложение по проекту, стоимость {amount}.")),
            Bank.of(List.of("КП_{org}.pdf", "Смета_{org}.xlsx", "Предложение {org}.pdf"),
                    List.of("Расчет_{org}.pdf")),
            Bank.of(List.of(
                    "Договор подписали, отправляем скан.",
                    "Договор подписан, можно начинать.",
                    "Счёт оплачен."),
                    List.of("Подписанный договор во вложении.",
                            "Мы подписали договор, ждём старта.")),
            Bank.of(List.of(
                    "Мы выбрали другого подрядчика.",
                    "К сожалению, проект больше не актуален.",
                    "Решили отказаться от проекта."),
                    List.of("Решили работать с другой студией.",
                            "Руководство решило не продолжать.")),
            Bank.of(List.of("Позвонить в {org.acc} насчёт сметы", "Напомнить {org.dat} про договор", "Написать {org.dat}"),
                    List.of("Созвон с {org.ins} по КП", "Уточнить у {org.gen} статус")),
            Bank.of(List.of("{org}: бюджет {amount}, команда {n}", "{org}: {amount}"),
                    List.of("{org} говорят {amount}")),
            Bank.of(List.of("Хорошо, спасибо.", "Принято.", "Договорились."),
                    List.of("Ок, на связи.")),
            Bank.of(List.of("--\n{name}\nООО «{org}»", "С уважением,\n{name}\nАО «{org}»"),
                    List.of("{name}, руководитель проектов\n«{org}»"))));
}
