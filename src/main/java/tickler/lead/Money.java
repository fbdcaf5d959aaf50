package tickler.lead;

import java.math.BigDecimal;

/** An amount with its ISO 4217 currency, never converted. */
public record Money(BigDecimal amount, String currency) {
}
