package tickler.web;

import jakarta.ws.rs.BadRequestException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

final class Months {

    private Months() {
    }

    static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("A month is written yyyy-MM, e.g. 2026-10; got '" + text + "'");
        }
    }
}
