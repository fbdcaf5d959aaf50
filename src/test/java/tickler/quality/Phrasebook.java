package tickler.quality;

import java.util.List;
import java.util.Map;

/**
 * What people in the synthetic world write, in English and Russian, by situation. Placeholders:
 * {name} a person, {org} an organisation (Russian also {org.acc}, {org.dat}, {org.ins}, {org.gen}:
 * its cases), {owner} the salesperson, {amount} a money amount, {n} a head count; or literal figures
 * annotated after " || " ("amount=90000 USD; n=4", see {@link Phrase}). Written from how sales mail
 * reads, not from the vocabulary; none of these sentences is quoted text.
 *
 * <p>The situations after {@link #TUNING_ONLY} may be replaced by a bank written blind
 * ({@link HeldOutBank}); the others always come from the tuning book.
 */
final class Phrasebook {

    /** Situations a blind bank does not cover: introductions, outreach, small talk, signatures. */
    static final List<String> TUNING_ONLY = List.of("greeting", "colleagueIntro", "contactIntro", "partnerIntro",
            "coldOutreach", "outreachReminder", "ownerReply", "askForProposal", "proposalAttachment", "nameOnlyReminder",
            "chitChat", "signature", "ownerWon");
    /** Situations both the tuning book and a blind bank write. */
    static final List<String> SHARED = List.of("inquiry", "referral", "leadBudget", "leadTeam", "counterOffer", "won", "lost",
            "notLost", "postpone", "reopen", "ownerProposal", "ownerTeam", "ownerRevised", "screening", "meetingFollowUp",
            "meetingTitle", "calendarNote", "contactMeetingTitle");
    /** The people who are contacts, never leads; each has {@code <role>.from} and {@code <role>.reply}. */
    static final List<String> CONTACT_ROLES = List.of("supplier", "accountant", "recruiter", "candidate", "eventOrganiser",
            "journalist", "friend", "landlord");

    private final Map<String, Bank> banks;
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
    final Bank counterOffer;
    final Bank askForProposal;
    final Bank meetingTitle;
    final Bank followUp;
    final Bank proposal;
    final Bank ownerTeam;
    final Bank ownerRevised;
    final Bank proposalAttachment;
    final Bank won;
    /** The owner's recap of a deal closed, perhaps on a call: "the contract is signed on both sides". */
    final Bank ownerWon;
    final Bank lost;
    final Bank notLost;
    final Bank postpone;
    final Bank reopen;
    final Bank nameOnlyReminder;
    final Bank calendarNote;
    final Bank chitChat;
    final Bank signature;
    final Bank contactMeetingTitle;
    /**
     * Whether the owner may tell a deal closed ({@link #ownerWon}) instead of the lead accepting: in the tuning
     * book; a blind bank's worlds give every acceptance to the lead, as its brief does, and stay as they were
     * when the bank was first read.
     */
    final boolean ownerMayWriteWon;

    private Phrasebook(Map<String, Bank> banks, boolean ownerMayWriteWon) {
        this.banks = Map.copyOf(banks);
        this.ownerMayWriteWon = ownerMayWriteWon;
        greeting = bank("greeting");
        inquiry = bank("inquiry");
        referral = bank("referral");
        colleagueIntro = bank("colleagueIntro");
        contactIntro = bank("contactIntro");
        partnerIntro = bank("partnerIntro");
        coldOutreach = bank("coldOutreach");
        outreachReminder = bank("outreachReminder");
        ownerReply = bank("ownerReply");
        screening = bank("screening");
        leadBudget = bank("leadBudget");
        leadTeam = bank("leadTeam");
        counterOffer = bank("counterOffer");
        askForProposal = bank("askForProposal");
        meetingTitle = bank("meetingTitle");
        followUp = bank("meetingFollowUp");
        proposal = bank("ownerProposal");
        ownerTeam = bank("ownerTeam");
        ownerRevised = bank("ownerRevised");
        proposalAttachment = bank("proposalAttachment");
        won = bank("won");
        ownerWon = bank("ownerWon");
        lost = bank("lost");
        notLost = bank("notLost");
        postpone = bank("postpone");
        reopen = bank("reopen");
        nameOnlyReminder = bank("nameOnlyReminder");
        calendarNote = bank("calendarNote");
        chitChat = bank("chitChat");
        signature = bank("signature");
        contactMeetingTitle = bank("contactMeetingTitle");
    }

    private Bank bank(String situation) {
        Bank bank = banks.get(situation);
        if (bank == null) {
            throw new IllegalStateException("no phrases for " + situation);
        }
        return bank;
    }

    /** Every phrasing of a situation, the held-out ones too. */
    List<String> phrasings(String situation) {
        Bank bank = bank(situation);
        List<String> all = new java.util.ArrayList<>(bank.tuning());
        all.addAll(bank.heldOut());
        return all;
    }

    /** What a contact of this role writes ({@code from}) or what the owner answers ({@code reply}). */
    Bank contact(String role, String direction) {
        return bank(role + "." + direction);
    }

    /** This book with the situations a blind bank writes replaced by its phrasings. */
    Phrasebook with(Map<String, List<String>> blind) {
        Map<String, Bank> replaced = new java.util.HashMap<>(banks);
        blind.forEach((situation, phrases) -> {
            if (TUNING_ONLY.contains(situation)) {
                throw new IllegalArgumentException("a blind bank does not write " + situation);
            }
            replaced.put(situation, Bank.of(phrases, List.of()));
        });
        return new Phrasebook(replaced, ownerMayWriteWon && !blind.containsKey("won"));
    }

    private static Phrasebook book(Object... situationsAndBanks) {
        Map<String, Bank> banks = new java.util.LinkedHashMap<>();
        for (int i = 0; i < situationsAndBanks.length; i += 2) {
            banks.put((String) situationsAndBanks[i], (Bank) situationsAndBanks[i + 1]);
        }
        return new Phrasebook(banks, true);
    }

    static final Phrasebook ENGLISH = book(
            "greeting", Bank.of(List.of("Hi,", "Hello,", "Good morning,", "Hi there,"), List.of("Hey,", "Dear team,")),
            "inquiry", Bank.of(List.of(
                    "We are looking for a team to build a mobile app for our delivery business.",
                    "We need help rebuilding our customer portal before the spring season.",
                    "Could you help us with a B2B marketplace MVP?",
                    "Our internal CRM is falling apart and we want it redone properly."),
                    List.of("We're exploring options for a data platform and your name came up.",
                            "Is modernising a legacy Delphi system something your folks take on?")),
            "referral", Bank.of(List.of(
                    "Your studio was recommended to me by {name}.",
                    "{name} referred us to you.",
                    "I got your contact from {name}.",
                    "We were referred to you by {name}."),
                    List.of("{name} suggested I get in touch with you.",
                            "A friend of mine, {name}, recommended your team.",
                            "{name} speaks very highly of you and passed on your address.")),
            "colleagueIntro", Bank.of(List.of(
                    "Meet {name}, who runs product at {org}. They need exactly what we do, over to you.",
                    "Introducing {name} from {org}: they asked me about app development, you are the right person."),
                    List.of("Connecting you two: {name} ({org}) is shopping for a dev partner.")),
            "contactIntro", Bank.of(List.of(
                    "Let me introduce {name} of {org}, a good friend. I told them you did great work for us.",
                    "Connecting you with {name} from {org}. They need a similar project to ours."),
                    List.of("Putting you in touch with {name} at {org}; thought you two should talk.")),
            "partnerIntro", Bank.of(List.of(
                    "As discussed on our partner call, here is {name} from {org}. They have a web project starting soon.",
                    "Passing you a lead from our network: {name}, {org}. They mentioned about $30,000 set aside."),
                    List.of("One more for you from the partner programme: {name} of {org}, looking for a vendor.")),
            "coldOutreach", Bank.of(List.of(
                    "I noticed {org} is hiring mobile developers. We build apps for logistics companies; would a short call make sense?",
                    "We recently shipped a portal for a company much like {org}. Could I show you what we did?"),
                    List.of("Saw your talk at the meetup last week. We help teams like {org} ship faster; open to a chat?")),
            "outreachReminder", Bank.of(List.of("Write to {name} ({org}) {address}", "Reach out to {name} at {org}: {address}"),
                    List.of("Cold email {address}, {name} from {org}")),
            "ownerReply", Bank.of(List.of(
                    "Thanks for reaching out! Happy to discuss. When would suit you for a call?",
                    "Thank you for the message. Let's talk this week, does Thursday work?",
                    "Great to hear from you. Could you tell me a bit more about the scope?"),
                    List.of("Appreciate you getting in touch; glad to set up time to talk.")),
            "screening", Bank.of(List.of(
                    "Just so you know, we usually take on projects from {amount}.",
                    "For context, our minimum budget is {amount}."),
                    List.of("Our engagements typically start at {amount}.")),
            "leadBudget", Bank.of(List.of(
                    "Our budget is {amount}.",
                    "We have around {amount} for this.",
                    "The budget we've approved is {amount}.",
                    "We can spend up to {amount} on the first phase."),
                    List.of("Finance signed off on {amount} for the project.",
                            "Ballpark, we're thinking {amount}.")),
            "leadTeam", Bank.of(List.of(
                    "We'd need a team of {n}.",
                    "We want {n} developers on this.",
                    "Could you put {n} people on it?",
                    "We're thinking {n} engineers from your side."),
                    List.of("A {n}-person team should do.",
                            "We'd like {n} people on the project.")),
            "askForProposal", Bank.of(List.of(
                    "Could you send us a rough estimate?",
                    "Please send over a proposal when you can."),
                    List.of("What would a quote for this look like?")),
            "meetingTitle", Bank.of(List.of("Call with {org}", "{org}: intro meeting", "Demo for {org}", "Meeting {name} / {org}"),
                    List.of("{org} discovery session", "Workshop at {org}")),
            "meetingFollowUp", Bank.of(List.of(
                    "Thanks for your time today! As discussed, I'll come back with next steps.",
                    "Great meeting you. Sharing the notes from our call below.",
                    "Thank you for the conversation earlier, it was very useful."),
                    List.of("Good chatting today; summary of what we agreed is below.")),
            "ownerProposal", Bank.of(List.of(
                    "Please find our proposal attached.",
                    "Here is our estimate for the first phase: {amount}.",
                    "As promised, our commercial offer: {amount} for the whole project."),
                    List.of("Sharing the quote for the MVP: {amount} total, ten weeks.",
                            "Attached is the statement of work with pricing, {amount}.")),
            "proposalAttachment", Bank.of(List.of("Proposal_{org}.pdf", "{org}-estimate-v2.xlsx", "SOW_{org}.docx"),
                    List.of("{org} quote.pdf")),
            "won", Bank.of(List.of(
                    "Great news, the contract is signed on our side.",
                    "We've signed the contract, scan attached.",
                    "Deal closed, welcome aboard!",
                    "Let's go ahead with your proposal.",
                    "We accept your quote, please send over the contract.",
                    "The board approved your estimate, when can you start?"),
                    List.of("Signed agreement attached, let's get started!",
                            "The contract has been signed by our CEO.")),
            "ownerWon", Bank.of(List.of(
                    "Great news, the contract is signed on both sides.",
                    "We've signed the contract, scan attached.",
                    "Thanks for choosing us! The agreement is countersigned.",
                    "The deposit has arrived, thank you, we start on Monday."),
                    List.of("Signed agreement attached, let's get started!",
                            "Payment received, thank you, the team is on it.")),
            "lost", Bank.of(List.of(
                    "We decided to go with another vendor.",
                    "Unfortunately the project is no longer relevant.",
                    "We've chosen another company for this.",
                    "Thanks, but we'll pass this time.",
                    "We decided to build it in-house after all.",
                    "The project was cancelled, sorry."),
                    List.of("We went with a different agency this time, sorry.",
                            "Management decided not to proceed with the project.")),
            "nameOnlyReminder", Bank.of(List.of("Call {org} about the estimate", "Ping {org} re: contract", "Follow up with {org}"),
                    List.of("Chase {org} for feedback", "Check in with {org}")),
            "calendarNote", Bank.of(List.of("{org}: budget {amount}, team {n}", "{org} notes: {amount}"),
                    List.of("{org}: they said {amount}")),
            "chitChat", Bank.of(List.of("Sounds good.", "Thanks, talk soon.", "Got it, thanks!"),
                    List.of("Noted, cheers.")),
            "signature", Bank.of(List.of("--\n{name}\n{org} Ltd", "Best regards,\n{name}\nHead of Product, {org} Inc."),
                    List.of("Cheers,\n{name} | {org}")),
            "counterOffer", Bank.of(List.of(
                    "Thanks for the estimate. It is above what we planned; could we fit into {amount}?",
                    "Could you do it for {amount}? That is what we can approve this quarter.",
                    "We talked internally and can go to {amount}, not more.",
                    "Is {amount} workable if we cut the admin panel?"),
                    List.of("Our CFO capped it at {amount}. Can we make that work?",
                            "Would you consider {amount} for the first release?")),
            "notLost", Bank.of(List.of(
                    "We did not choose another vendor, just waiting for sign-off.",
                    "To be clear, we are not going with anyone else; give us a week.",
                    "Other agencies sent quotes too, but yours is still our favourite."),
                    List.of("No decision against you, the board meets on Friday.",
                            "Nothing is cancelled, we just need a bit more time.")),
            "postpone", Bank.of(List.of(
                    "We need to put this on hold until January.",
                    "Let's postpone the project to the next quarter.",
                    "Budget is frozen for now; can we come back to it in spring?"),
                    List.of("We'll have to pause this for a couple of months.",
                            "Timing is bad, let's revisit after the holidays.")),
            "reopen", Bank.of(List.of(
                    "Coming back to our conversation: the other vendor fell through. Is your offer still valid?",
                    "We'd like to get back to your proposal after all.",
                    "Good news, the project is back on. Can we restart?"),
                    List.of("We changed our mind and want to resume the project with you.",
                            "Can we reopen the discussion? The budget was approved.")),
            "ownerTeam", Bank.of(List.of(
                    "We would staff it with {n} developers.",
                    "The plan assumes a team of {n} on our side.",
                    "{n} full-time engineers would work on this."),
                    List.of("Staffing: {n} senior people for three months.",
                            "We'd put a dedicated squad of {n} on it.")),
            "ownerRevised", Bank.of(List.of(
                    "We revised the estimate: {amount} with the reduced scope.",
                    "Updated quote after our call: {amount}.",
                    "If we drop the integrations, we can do it for {amount}."),
                    List.of("New figure for you: {amount}, same timeline.",
                            "After another pass our estimate comes to {amount}.")),
            "contactMeetingTitle", Bank.of(List.of("Call with {name}", "Interview: {name}", "{name} / catch-up", "Meeting {name}"),
                    List.of("Coffee with {name}", "{name}: quick sync")),
            "supplier.from", Bank.of(List.of(
                    "Your invoice for the dedicated server is attached, {amount} due on the 15th.",
                    "Reminder: your hosting plan renews next week.",
                    "We have scheduled maintenance on Saturday night, expect a short downtime."),
                    List.of("Your subscription was upgraded to the Team plan.",
                            "The replacement laptops ship tomorrow; delivery note attached.")),
            "supplier.reply", Bank.of(List.of("Thanks, paid.", "Noted, please send the receipt.", "Can we move the renewal to the 1st?"),
                    List.of("Please cancel the second server.")),
            "accountant.from", Bank.of(List.of(
                    "Please send me the bank statements for October.",
                    "The VAT return is ready for your signature.",
                    "I need the signed acts from your clients for the quarter."),
                    List.of("Payroll for November is done, check the totals.",
                            "Reminder: the tax payment of {amount} is due Friday.")),
            "accountant.reply", Bank.of(List.of("Sent them this morning.", "Signed, thank you!", "Will do by Friday."),
                    List.of("Could you double-check the VAT for October?")),
            "recruiter.from", Bank.of(List.of(
                    "I have two strong candidates for your Java position, CVs attached.",
                    "Are you still hiring a QA engineer? I have someone great.",
                    "Following up on the frontend role: the candidate accepted the offer."),
                    List.of("Our fee for the senior developer placement is attached.",
                            "Can we schedule interviews for Thursday?")),
            "recruiter.reply", Bank.of(List.of("Thanks, send the CVs over.", "Yes, the role is still open.", "Let's interview both."),
                    List.of("We have paused hiring for now.")),
            "candidate.from", Bank.of(List.of(
                    "I'd like to apply for the backend developer position; my CV is attached.",
                    "Thank you for the interview yesterday, I enjoyed meeting the team.",
                    "Is the junior designer role still open?"),
                    List.of("Here is my portfolio, as we discussed.",
                            "I have accepted another offer, thanks for your time.")),
            "candidate.reply", Bank.of(List.of("Thanks for applying! Could you come for an interview on Tuesday?",
                    "We will get back to you by Friday.", "Welcome aboard, see you on Monday!"),
                    List.of("Unfortunately we went with another candidate.")),
            "eventOrganiser.from", Bank.of(List.of(
                    "We'd love to have you speak at DevConf in March.",
                    "Your talk slot is confirmed: Hall B, 14:00.",
                    "Could you send your slides and a short bio by Monday?"),
                    List.of("Speaker dinner is on Thursday at 19:00.",
                            "Sponsorship packages for the summit are attached.")),
            "eventOrganiser.reply", Bank.of(List.of("Happy to speak, thank you!", "Slides attached.", "I'll be at the dinner."),
                    List.of("I can't make it this year, sorry.")),
            "journalist.from", Bank.of(List.of(
                    "I'm writing an article about software outsourcing; could I ask you three questions?",
                    "Could you comment on the new IT tax rules for our piece?",
                    "The interview is published, here is the link."),
                    List.of("Would you join our podcast next month?",
                            "Can I quote you on the hiring market?")),
            "journalist.reply", Bank.of(List.of("Sure, send the questions.", "Here are my answers.", "Thanks for the article!"),
                    List.of("Happy to join the podcast.")),
            "friend.from", Bank.of(List.of(
                    "Beer on Friday?", "Happy birthday! Let's celebrate at the weekend.", "Are you coming to the barbecue on Sunday?"),
                    List.of("Photos from the trip are in the shared album.",
                            "Can you lend me your tent for the weekend?")),
            "friend.reply", Bank.of(List.of("Sure, see you there!", "Thanks a lot!", "Count me in."),
                    List.of("Can't this time, next week?")),
            "landlord.from", Bank.of(List.of(
                    "The rent for December is {amount}, due on the 5th.",
                    "The heating in the office will be off on Monday for repairs.",
                    "Please renew the lease before the end of the month."),
                    List.of("The utilities bill for the office is attached.",
                            "We will replace the door locks on Thursday.")),
            "landlord.reply", Bank.of(List.of("Rent transferred.", "Thanks for letting me know.", "I'll sign the lease this week."),
                    List.of("Could the repairs wait until Friday?")));

    static final Phrasebook RUSSIAN = book(
            "greeting", Bank.of(List.of("Добрый день!", "Здравствуйте!", "Добрый день,"), List.of("Привет!", "Коллеги, добрый день.")),
            "inquiry", Bank.of(List.of(
                    "Ищем подрядчика на разработку мобильного приложения для доставки.",
                    "Нужно переделать личный кабинет клиента до весны.",
                    "Хотим запустить маркетплейс для оптовиков, нужна команда.",
                    "Наша CRM устарела, хотим заказать новую."),
                    List.of("Рассматриваем варианты по доработке нашего интернет-магазина.",
                            "Интересует поддержка старой системы на 1С.")),
            "referral", Bank.of(List.of(
                    "Вас нам порекомендовал {name}.",
                    "Ваш контакт дал {name}.",
                    "Мне вас посоветовали коллеги."),
                    List.of("Обращаюсь по рекомендации {name}.",
                            "{name} рекомендовал обратиться к вам.",
                            "Узнали о вас от {name}, очень хвалил вашу работу.")),
            "colleagueIntro", Bank.of(List.of(
                    "Знакомлю с {name} из {org.gen}: им нужна разработка, передаю тебе.",
                    "Это {name}, компания {org}. Ищут команду на приложение, пообщайтесь."),
                    List.of("Передаю контакт: {name} ({org}), хотят обсудить проект.")),
            "contactIntro", Bank.of(List.of(
                    "Знакомьтесь: {name} из {org.gen}, мой хороший знакомый. Рассказал ему, как вы нам помогли.",
                    "Хочу познакомить вас с {name} из {org.gen}, у них похожая задача."),
                    List.of("Свожу вас с {name} ({org}), думаю, вам есть что обсудить.")),
            "partnerIntro", Bank.of(List.of(
                    "Как договаривались, передаём клиента: {name}, {org}. Проект стартует скоро.",
                    "Лид от нас: {name} из {org.gen}. Говорили про бюджет около 2 млн руб."),
                    List.of("Ещё один клиент по партнёрской программе: {name}, {org}.")),
            "coldOutreach", Bank.of(List.of(
                    "Увидел, что {org} расширяет отдел продаж. Мы делаем CRM под такие задачи, удобно созвониться?",
                    "Мы недавно сделали портал для компании, похожей на {org}. Могу показать?"),
                    List.of("Слышал ваш доклад на конференции. Помогаем командам вроде {org} быстрее запускаться.")),
            "outreachReminder", Bank.of(List.of("Написать {name} ({org}) {address}", "Связаться с {name} из {org.gen}: {address}"),
                    List.of("Холодное письмо {address}, {name} из {org.gen}")),
            "ownerReply", Bank.of(List.of(
                    "Спасибо за обращение! Давайте созвонимся, когда вам удобно?",
                    "Спасибо, что написали. Предлагаю обсудить на неделе.",
                    "Рад знакомству. Расскажите подробнее о задаче?"),
                    List.of("Благодарю за письмо, готов обсудить детали.")),
            "screening", Bank.of(List.of(
                    "Сразу скажу, мы обычно берём проекты от {amount}.",
                    "Для ориентира: минимальный бюджет проекта у нас {amount}."),
                    List.of("Наши проекты, как правило, начинаются от {amount}.")),
            "leadBudget", Bank.of(List.of(
                    "Бюджет проекта {amount}.",
                    "Рассчитываем примерно на {amount}.",
                    "Готовы потратить до {amount} на первый этап."),
                    List.of("Руководство согласовало {amount}.",
                            "Ориентировочно закладываем {amount}.")),
            "leadTeam", Bank.of(List.of(
                    "Нам нужна команда из {n} человек.",
                    "Хотим {n} разработчиков на проект.",
                    "Нужно {n} человек."),
                    List.of("Рассчитываем на команду из {n} специалистов.",
                            "Выделите, пожалуйста, {n} программистов.")),
            "askForProposal", Bank.of(List.of(
                    "Пришлите, пожалуйста, коммерческое предложение.",
                    "Можете прислать смету?"),
                    List.of("Сколько примерно это будет стоить?")),
            "meetingTitle", Bank.of(List.of("Встреча с {org.ins}", "Созвон: {org}", "Демо для {org.gen}"),
                    List.of("{org}: обсуждение проекта", "Визит в {org.acc}")),
            "meetingFollowUp", Bank.of(List.of(
                    "Спасибо за встречу! Как договорились, вернусь с планом.",
                    "Спасибо за время, отправляю заметки по итогам звонка.",
                    "Рад был пообщаться, ниже итоги."),
                    List.of("Благодарю за созвон, фиксирую договорённости.")),
            "ownerProposal", Bank.of(List.of(
                    "Направляю коммерческое предложение.",
                    "Смета во вложении, итого {amount}.",
                    "Отправляю КП по проекту: {amount}."),
                    List.of("Подготовили для вас расчёт стоимости: {amount}.",
                            "Высылаю предложение по проекту, стоимость {amount}.")),
            "proposalAttachment", Bank.of(List.of("КП_{org}.pdf", "Смета_{org}.xlsx", "Предложение {org}.pdf"),
                    List.of("Расчет_{org}.pdf")),
            "won", Bank.of(List.of(
                    "Договор подписали, отправляем скан.",
                    "Договор подписан, можно начинать.",
                    "Счёт оплачен.",
                    "Согласовали ваше КП, давайте начинать.",
                    "Выбрали вас, готовы подписать договор."),
                    List.of("Подписанный договор во вложении.",
                            "Мы подписали договор, ждём старта.")),
            "ownerWon", Bank.of(List.of(
                    "Договор подписан с обеих сторон, спасибо!",
                    "Подписанный договор во вложении.",
                    "Аванс получили, спасибо, стартуем в понедельник.",
                    "Спасибо, что выбрали нас! Договор подписан."),
                    List.of("Мы подписали договор, ждём старта.",
                            "Оплата пришла, приступаем.")),
            "lost", Bank.of(List.of(
                    "Мы выбрали другого подрядчика.",
                    "К сожалению, проект больше не актуален.",
                    "Решили отказаться от проекта.",
                    "Решили сделать своими силами, спасибо.",
                    "Проект закрыли, спасибо за помощь."),
                    List.of("Решили работать с другой студией.",
                            "Руководство решило не продолжать.")),
            "nameOnlyReminder", Bank.of(List.of("Позвонить в {org.acc} насчёт сметы", "Напомнить {org.dat} про договор", "Написать {org.dat}"),
                    List.of("Созвон с {org.ins} по КП", "Уточнить у {org.gen} статус")),
            "calendarNote", Bank.of(List.of("{org}: бюджет {amount}, команда {n}", "{org}: {amount}"),
                    List.of("{org} говорят {amount}")),
            "chitChat", Bank.of(List.of("Хорошо, спасибо.", "Принято.", "Договорились."),
                    List.of("Ок, на связи.")),
            "signature", Bank.of(List.of("--\n{name}\nООО «{org}»", "С уважением,\n{name}\nАО «{org}»"),
                    List.of("{name}, руководитель проектов\n«{org}»")),
            "counterOffer", Bank.of(List.of(
                    "Спасибо за смету. Для нас дороговато, сможем уложиться в {amount}?",
                    "Можете сделать за {amount}? Больше нам не согласуют.",
                    "Обсудили внутри: готовы на {amount}."),
                    List.of("Финдиректор ограничил бюджет суммой {amount}, получится?",
                            "А если {amount} за первый этап?")),
            "notLost", Bank.of(List.of(
                    "Мы не выбрали другого подрядчика, просто ждём согласования.",
                    "Не волнуйтесь, от проекта не отказываемся.",
                    "Другие студии тоже прислали КП, но ваше нам пока нравится больше."),
                    List.of("Решение ещё не принято, совет директоров в пятницу.",
                            "Ничего не отменилось, нужно чуть больше времени.")),
            "postpone", Bank.of(List.of(
                    "Вынуждены отложить проект до января.",
                    "Давайте поставим на паузу до следующего квартала.",
                    "Сейчас не актуально, вернёмся к этому весной."),
                    List.of("Бюджет заморожен, давайте вернёмся к вопросу позже.",
                            "Переносим старт на весну.")),
            "reopen", Bank.of(List.of(
                    "Возвращаемся к вашему предложению: с другим подрядчиком не сложилось.",
                    "Мы передумали и хотим вернуться к проекту.",
                    "Проект снова актуален, можем возобновить обсуждение?"),
                    List.of("Всё-таки хотим работать с вами, предложение ещё в силе?",
                            "Бюджет согласовали, хотим возобновить работу.")),
            "ownerTeam", Bank.of(List.of(
                    "Над проектом будут работать {n} разработчиков.",
                    "Закладываем команду из {n} человек.",
                    "С нашей стороны {n} опытных инженеров."),
                    List.of("Выделим {n} специалистов на три месяца.",
                            "Состав команды: {n} человек, включая тестировщика.")),
            "ownerRevised", Bank.of(List.of(
                    "Пересчитали смету: {amount} с урезанным объёмом.",
                    "Обновлённое КП после созвона: {amount}.",
                    "Если убрать интеграции, сделаем за {amount}."),
                    List.of("Новая оценка: {amount}, сроки те же.",
                            "После уточнения итоговая стоимость {amount}.")),
            "contactMeetingTitle", Bank.of(List.of("Созвон с {name}", "Собеседование: {name}", "Встреча с {name}"),
                    List.of("Кофе с {name}", "{name}: обсудить")),
            "supplier.from", Bank.of(List.of(
                    "Счёт за аренду сервера во вложении, к оплате {amount}.",
                    "Напоминаем: тариф продлевается на следующей неделе.",
                    "В субботу ночью плановые работы, возможен короткий простой."),
                    List.of("Ваша подписка переведена на тариф «Команда».",
                            "Ноутбуки отгрузим завтра, накладная во вложении.")),
            "supplier.reply", Bank.of(List.of("Спасибо, оплатили.", "Пришлите, пожалуйста, закрывающие документы.", "Можно перенести продление на первое число?"),
                    List.of("Отключите, пожалуйста, второй сервер.")),
            "accountant.from", Bank.of(List.of(
                    "Пришлите, пожалуйста, выписки за октябрь.",
                    "Декларация по НДС готова, нужна ваша подпись.",
                    "Нужны подписанные акты от клиентов за квартал."),
                    List.of("Зарплату за ноябрь начислила, проверьте суммы.",
                            "Напоминаю: налог {amount} нужно заплатить до пятницы.")),
            "accountant.reply", Bank.of(List.of("Отправил утром.", "Подписал, спасибо!", "Сделаю до пятницы."),
                    List.of("Проверьте, пожалуйста, НДС за октябрь.")),
            "recruiter.from", Bank.of(List.of(
                    "Есть два сильных кандидата на вакансию Java-разработчика, резюме во вложении.",
                    "Вы ещё ищете тестировщика? Есть отличный кандидат.",
                    "По вакансии фронтендера: кандидат принял оффер."),
                    List.of("Наш счёт за закрытие вакансии во вложении.",
                            "Назначим собеседования на четверг?")),
            "recruiter.reply", Bank.of(List.of("Спасибо, присылайте резюме.", "Да, вакансия открыта.", "Давайте проведём оба собеседования."),
                    List.of("Мы пока приостановили найм.")),
            "candidate.from", Bank.of(List.of(
                    "Хочу откликнуться на вакансию бэкенд-разработчика, резюме во вложении.",
                    "Спасибо за вчерашнее собеседование, было приятно познакомиться с командой.",
                    "Вакансия младшего дизайнера ещё открыта?"),
                    List.of("Высылаю портфолио, как договаривались.",
                            "Я принял другое предложение о работе, спасибо за время.")),
            "candidate.reply", Bank.of(List.of("Спасибо за отклик! Сможете прийти на собеседование во вторник?",
                    "Вернёмся с ответом до пятницы.", "Добро пожаловать в команду, ждём в понедельник!"),
                    List.of("К сожалению, мы выбрали другого кандидата.")),
            "eventOrganiser.from", Bank.of(List.of(
                    "Приглашаем вас выступить на конференции в марте.",
                    "Ваш доклад подтверждён: зал B, 14:00.",
                    "Пришлите, пожалуйста, слайды и короткую биографию до понедельника."),
                    List.of("Ужин для спикеров в четверг в 19:00.",
                            "Спонсорские пакеты мероприятия во вложении.")),
            "eventOrganiser.reply", Bank.of(List.of("С удовольствием выступлю, спасибо!", "Слайды во вложении.", "Буду на ужине."),
                    List.of("В этом году не получится, извините.")),
            "journalist.from", Bank.of(List.of(
                    "Пишу статью об аутсорсе разработки, можно задать вам три вопроса?",
                    "Прокомментируете новые налоговые правила для IT?",
                    "Интервью опубликовано, вот ссылка."),
                    List.of("Придёте к нам в подкаст в следующем месяце?",
                            "Можно процитировать вас в материале о найме?")),
            "journalist.reply", Bank.of(List.of("Конечно, присылайте вопросы.", "Вот мои ответы.", "Спасибо за статью!"),
                    List.of("С радостью приду в подкаст.")),
            "friend.from", Bank.of(List.of(
                    "Пиво в пятницу?", "С днём рождения! Отметим на выходных.", "Приедешь на шашлыки в воскресенье?"),
                    List.of("Фотки с поездки в общем альбоме.",
                            "Одолжишь палатку на выходные?")),
            "friend.reply", Bank.of(List.of("Конечно, буду!", "Спасибо большое!", "Я в деле."),
                    List.of("В этот раз не смогу, давай на следующей неделе?")),
            "landlord.from", Bank.of(List.of(
                    "Арендная плата за декабрь {amount}, оплатить до 5 числа.",
                    "В понедельник в офисе отключат отопление на ремонт.",
                    "Продлите, пожалуйста, договор аренды до конца месяца."),
                    List.of("Счёт за коммунальные услуги по офису во вложении.",
                            "В четверг поменяем замки на входной двери.")),
            "landlord.reply", Bank.of(List.of("Аренду перевёл.", "Спасибо, что предупредили.", "Подпишу договор на этой неделе."),
                    List.of("Можно перенести ремонт на пятницу?")));
}
