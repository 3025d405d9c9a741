package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Checks every field of a sale and reports all problems at once, each with a message key for the user's language. */
final class SaleValidator {

    static final int MAX_INSTALLMENTS = 12;

    private SaleValidator() {}

    static ValidSale validate(SaleCommand c, Clock clock) {
        return validate(c, clock, true);
    }

    /** For 3D Host, where the bank's page takes the card: every field but the card's. */
    static ValidSale validateWithoutCard(SaleCommand c, Clock clock) {
        return validate(c, clock, false);
    }

    private static ValidSale validate(SaleCommand c, Clock clock, boolean withCard) {
        List<FieldError> errors = new ArrayList<>();
        required(c.companyId(), "companyId", errors);
        required(c.customerAccountId(), "customerAccountId", errors);
        Money amount = money(c.amount(), c.currency(), errors);
        int installments = c.installments() == null ? 1 : c.installments();
        if (installments < 1 || installments > MAX_INSTALLMENTS) {
            errors.add(FieldError.of("installments", "installments.range", 1, MAX_INSTALLMENTS));
        }
        EnteredCard entered = c.card();
        CardNumber card = withCard ? card(entered.number(), errors) : null;
        CardExpiry expiry = withCard ? expiry(entered.expiry(), clock, errors) : null;
        if (withCard && (entered.cvv() == null || !entered.cvv().matches("\\d{3,4}"))) {
            errors.add(FieldError.of("cvv", "cvv.format"));
        }
        if (c.unreadableKind() != null) {
            errors.add(FieldError.of("kind", "sale.kind"));
        }
        String holder = entered.holder();
        if (holder != null && holder.length() > 100) {
            errors.add(FieldError.of("cardHolder", "field.tooLong", 100));
        } else if (holder != null && CONTROL.matcher(holder).find()) {
            errors.add(FieldError.of("cardHolder", "field.controlCharacters"));
        }
        String email = c.origin().email();
        // checked before anything is sent to a bank (issue #13): RFC 5321's 254 characters and one plain address
        if (email != null && !email.isEmpty()) {
            if (email.length() > MAX_EMAIL) {
                errors.add(FieldError.of("email", "field.tooLong", MAX_EMAIL));
            } else if (!EMAIL.matcher(email).matches()) {
                errors.add(FieldError.of("email", "email.format"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Channel channel =
                c.origin().channel() == null ? Channel.API : c.origin().channel();
        return new ValidSale(
                c.companyId(),
                c.customerAccountId(),
                c.definitionId(),
                amount,
                installments,
                card,
                expiry,
                entered.cvv(),
                channel,
                c.kind(),
                c.documentId(),
                holder == null ? null : holder.trim(),
                discount(c, amount));
    }

    /** The hosted page's discount, at the charged amount's currency scale; zero when none was granted. */
    private static Money discount(SaleCommand c, Money amount) {
        java.math.BigDecimal d =
                c.discount() == null || c.discount().signum() <= 0 ? java.math.BigDecimal.ZERO : c.discount();
        return Money.of(
                d.setScale(Money.currencyScale(amount.currency()), java.math.RoundingMode.HALF_UP),
                amount.currencyCode());
    }

    private static final int MAX_EMAIL = 254;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "[^@\\s\\p{Cntrl}<>\"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private static void required(Object value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of(field, "field.required"));
        }
    }

    private static Money money(String amount, String currencyCode, List<FieldError> errors) {
        Currency currency = null;
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            errors.add(FieldError.of("currency", "currency.unknown", String.valueOf(currencyCode)));
        } else {
            try {
                currency = Currency.getInstance(currencyCode);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("currency", "currency.unknown", currencyCode));
            }
        }
        // plain decimal text only: "1e3", "+5", " 5", "NaN" are refused, not read as numbers (issue #13)
        BigDecimal value = Money.parsePlain(amount).orElse(null);
        if (value == null || value.signum() <= 0) {
            errors.add(FieldError.of("amount", "amount.positive"));
            return null;
        }
        if (currency == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > Money.currencyScale(currency)) {
            errors.add(
                    FieldError.of("amount", "amount.scale", Money.currencyScale(currency), currency.getCurrencyCode()));
            return null;
        }
        return new Money(value, currency);
    }

    private static CardNumber card(String number, List<FieldError> errors) {
        try {
            return CardNumber.parse(number);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(
                    "cardNumber", number == null || number.isBlank() ? "field.required" : "card.invalid"));
            return null;
        }
    }

    private static CardExpiry expiry(String text, Clock clock, List<FieldError> errors) {
        try {
            CardExpiry expiry = CardExpiry.parse(text);
            if (expiry.isExpiredAt(YearMonth.now(clock))) {
                errors.add(FieldError.of("expiry", "expiry.past"));
            }
            return expiry;
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("expiry", "expiry.format"));
            return null;
        }
    }
}
