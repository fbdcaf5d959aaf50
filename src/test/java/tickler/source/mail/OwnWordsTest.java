package tickler.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OwnWordsTest {

    @Test
    void dropsQuotedLinesAndEnglishAttribution() {
        String body = "Sounds good.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Vasya <v@x.ru> wrote:\n> budget $1M\n";
        assertEquals("Sounds good.", OwnWords.of(body));
    }

    @Test
    void attributionWrappedOverTwoLines() {
        String body = "Yes.\nOn Mon, Jan 5, 2026 at 10:00 AM Vasya Pupkin <\nvasya@otkat.ru> wrote:\n\nold";
        assertEquals("Yes.", OwnWords.of(body));
    }

    @Test
    void russianAndFrenchAttributions() {
        assertEquals("Да, давайте.", OwnWords.of(
                "Да, давайте.\n\n5 янв. 2026 г., в 10:00, Вася <v@x.ru> написал(а):\n\nСмета 500 тыс."));
        assertEquals("Oui.", OwnWords.of("Oui.\nLe lun. 5 janv. 2026 à 10:00, Vasya <v@x.ru> a écrit :\nold"));
    }

    @Test
    void forwardedAndOutlookParts() {
        assertEquals("FYI", OwnWords.of("FYI\n---------- Forwarded message ---------\nFrom: a@b.c\n\n$5M"));
        assertEquals("См. ниже", OwnWords.of("См. ниже\n-------- Пересылаемое сообщение --------\nтекст"));
        assertEquals("Agreed", OwnWords.of("Agreed\n-----Original Message-----\nFrom: x"));
        assertEquals("Agreed", OwnWords.of("Agreed\n\nFrom: Vasya <v@x.ru>\nSent: Monday, January 5, 2026\nTo: me"));
    }

    @Test
    void keepsInlineAnswersButNotTheQuotes() {
        assertEquals("My answer\nmore", OwnWords.of("> question?\nMy answer\n>> older\nmore"));
    }

    @Test
    void collapsesWhitespaceAndCaps() {
        assertEquals("a b\n\nc", OwnWords.of("a \t  b\u00a0\n\n\n\n  c  "));
        assertEquals(tickler.activity.Activity.MAX_TEXT, OwnWords.of("x".repeat(20_000)).length());
    }
}
