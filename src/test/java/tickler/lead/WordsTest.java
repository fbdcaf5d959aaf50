package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tickler.testkit.Acts;

/** The text readers: phrases with Russian word forms, money amounts and team sizes. */
class WordsTest {

    private final Vocabulary vocabulary = load();

    private static Vocabulary load() {
        try {
            return Vocabulary.load(Acts.DEFAULTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAbbreviationEndsNoSentence() {
        assertEquals(List.of("We need a customer portal.", "Total budget: CHF 150,000 (excl. VAT), approx. Q3 start.",
                        "Can we talk?"),
                List.of(Words.sentences("We need a customer portal. Total budget: CHF 150,000 (excl. VAT), approx. Q3 start. Can we talk?")));
        assertEquals(List.of("Бюджет 2 млн (вкл. НДС).", "Это потолок."), List.of(Words.sentences("Бюджет 2 млн (вкл. НДС). Это потолок.")));
        assertEquals(List.of("Полная разработка — 95 тыс. BYN.", "Можем начать в мае."),
                List.of(Words.sentences("Полная разработка — 95 тыс. BYN. Можем начать в мае.")));
        assertEquals(List.of("Бюджет 500 тыс.", "Можем обсудить."), List.of(Words.sentences("Бюджет 500 тыс. Можем обсудить.")));
    }

    @Test
    void anEmojiEndsASentenceAsAFullStopWould() {
        assertEquals(List.of("Deal 🤝", "Sent from my iPhone"), List.of(Words.sentences("Deal 🤝 Sent from my iPhone")));
        assertEquals(List.of("Договорились ✅", "Жду счёт."), List.of(Words.sentences("Договорились ✅ Жду счёт.")));
        assertEquals(List.of("Budget is 🤔 maybe 40k."), List.of(Words.sentences("Budget is 🤔 maybe 40k.")));
    }

    @Test
    void proposalPhrasesTolerateRussianWordForms() {
        assertEquals(Optional.of("Высылаю коммерческое предложение"), vocabulary.proposal().find("Высылаю коммерческое предложение."));
        assertEquals(Optional.of("Коммерческим предложением"), vocabulary.proposal().find("Коммерческим предложением делюсь"));
        assertTrue(vocabulary.proposal().matches("Отправляю КП по проекту"));
        assertTrue(vocabulary.proposal().matches("Please find our Proposal attached"));
        assertTrue(vocabulary.proposal().matches("прикладываю смету"));
        assertFalse(vocabulary.proposal().matches("предложение встретиться"));
        assertFalse(vocabulary.proposal().matches("кпд двигателя"));
    }

    @Test
    void wonAndLostSignals() {
        assertTrue(vocabulary.won().matches("Ура, договор подписан!"));
        assertTrue(vocabulary.won().matches("Договор подписали вчера"));
        assertTrue(vocabulary.won().matches("The contract is signed"));
        assertTrue(vocabulary.won().matches("The owners approved it, so consider this a yes."));
        assertTrue(vocabulary.won().matches("We can finally commit. Please issue the invoice for the first milestone."));
        assertTrue(vocabulary.won().matches("Board signed off. 14,500 NZD it is, where do I sign?"));
        assertTrue(vocabulary.lost().matches("Мы выбрали другого подрядчика, извините"));
        assertTrue(vocabulary.lost().matches("Проект пока не актуален"));
        assertTrue(vocabulary.lost().matches("We went with another vendor"));
        assertTrue(vocabulary.wonTags().matches("Kickoff #won"));
        assertFalse(vocabulary.wonTags().matches("#wonderful"));
        assertTrue(vocabulary.referral().matches("Нам вас порекомендовали коллеги"));
        assertTrue(vocabulary.referral().matches("Мне посоветовала вас Ирина"));
        assertTrue(vocabulary.referral().matches("You were recommended by a friend"));
        assertTrue(vocabulary.referral().matches("Saw you recommended in a Reddit thread about booking systems."));
    }

    @Test
    void aWordMayOfferAlternatives() {
        Phrases phrases = Phrases.of(List.of("go|went with another|different vendor*|agenc*"));
        assertTrue(phrases.matches("In the end we went with another agency."));
        assertTrue(phrases.matches("We'll go with different vendors"));
        assertFalse(phrases.matches("we went with another idea"));
        assertFalse(phrases.matches("we went along with another vendor"));
    }

    @Test
    void aGapLetsAFewWordsStandBetween() {
        Phrases phrases = Phrases.of(List.of("signed ... contract"));
        assertTrue(phrases.matches("We signed the contract"));
        assertTrue(phrases.matches("We've signed and returned the contract today"));
        assertFalse(phrases.matches("We signed up for a newsletter and later read about a contract"));
        assertEquals("signed and returned the contract", phrases.find("We've signed and returned the contract today").orElseThrow());
    }

    @Test
    void anExclamationMarkKeepsOneRussianFormOnly() {
        Phrases promise = Phrases.of(List.of("направлю!"));
        assertTrue(promise.matches("Направлю КП завтра"));
        assertFalse(promise.matches("Направляю КП"));
        assertTrue(Phrases.of(List.of("направим")).matches("Направили КП"), "without it, endings are tolerated");
    }

    @Test
    void aRussianWordReadsItsOwnFormsNotAnotherWordOfItsFirstLetters() {
        Phrases article = Phrases.of(List.of("статьи"));
        assertTrue(article.matches("Пишу по поводу вашей статьи"));
        assertTrue(article.matches("Прочитал вашу статью"));
        assertFalse(article.matches("Какие у вас статусы задач?"), "'статусы' begins as 'статьи' does but is another word");
        Phrases start = Phrases.of(List.of("начинаем с понедельника"));
        assertTrue(start.matches("Начинаем с понедельника!"));
        assertFalse(start.matches("начиная с понедельника я в отпуске"));
        assertTrue(Phrases.of(List.of("коммерческое предложение")).matches("с коммерческим предложением"));
    }

    @Test
    void signalsInWordingsBeyondTheLiteralList() {
        assertTrue(vocabulary.lost().matches("We decided to go with another vendor."));
        assertTrue(vocabulary.lost().matches("We've chosen another company for this."));
        assertTrue(vocabulary.lost().matches("Решили отказаться от проекта."));
        assertTrue(vocabulary.referral().matches("We were referred to you by Anna."));
        assertTrue(vocabulary.referral().matches("I got your contact from Ivan."));
        assertTrue(vocabulary.referral().matches("Ваш контакт дал Сергей."));
        assertFalse(vocabulary.referral().matches("Can you recommend a good stack for this?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Our budget is $120,000 for the year | 120000 | USD",
            "around 120k USD | 120000 | USD",
            "USD 85 000 max | 85000 | USD",
            "up to €50 000 | 50000 | EUR",
            "бюджет 3,5 млн руб | 3500000 | RUB",
            "готовы на 500 тыс. рублей | 500000 | RUB",
            "1.2M RUB total | 1200000 | RUB",
            "₽900 000 на всё | 900000 | RUB",
            "около 2 000 000 ₽ | 2000000 | RUB",
            "ok 45000 EUR | 45000 | EUR",
            "about 120 thousand dollars | 120000 | USD",
    })
    void amountsAsPeopleWriteThem(String text, String amount, String currency) {
        Money money = Amounts.first(text).orElseThrow().money();
        assertEquals(0, new BigDecimal(amount).compareTo(money.amount()), text);
        assertEquals(currency, money.currency());
    }

    @Test
    void numbersWithoutCurrencyAreNotMoney() {
        assertEquals(Optional.empty(), Amounts.first("call me at 10:30 on 12.10, room 120"));
        assertEquals(Optional.empty(), Amounts.first("5 developers, 2025 plan"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We need a team of 4 | 4",
            "we want 5 developers on it | 5",
            "нужно 6 человек на проект | 6",
            "Команда из 3 разработчиков | 3",
            "хотим 12 программистов | 12",
            "Acme: budget $120k, team 5 | 5",
            "Ромашка: команда 7 | 7",
    })
    void teamSizes(String text, int size) {
        assertEquals(size, new TeamSize(vocabulary).last(text).orElseThrow().size());
    }

    @Test
    void noTeamSizeInOtherNumbers() {
        assertEquals(Optional.empty(), new TeamSize(vocabulary).last("meet at 5 pm, 3 options"));
    }
}
