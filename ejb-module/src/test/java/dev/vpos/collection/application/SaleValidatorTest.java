package dev.vpos.collection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaleValidatorTest {

    private static final Clock NOV_2026 =
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Istanbul"));

    private static SaleCommand sale(
            String amount, String currency, Integer installments, String card, String expiry, String cvv) {
        return SaleCommand.builder()
                .payer(1L, 2L)
                .amount(amount, currency)
                .installments(installments)
                .card(new EnteredCard(card, expiry, cvv, "Holder"))
                .origin(new SaleOrigin(null, null, "127.0.0.1", null))
                .build();
    }

    @Test
    void aGoodSaleBecomesValueObjects() {
        ValidSale s = SaleValidator.validate(sale("1250.5", "TRY", null, "4355084355084358", "12/30", "000"), NOV_2026);

        assertEquals("1250.50", s.amount().amount().toPlainString());
        assertEquals(1, s.installments());
        assertEquals("435508******4358", s.card().masked());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SaleValidator.validate(sale("-1", "XYZ", 13, "4355084355084359", "10/26", "1"), NOV_2026));

        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(
                List.of("amount", "currency", "installments", "cardNumber", "expiry", "cvv"),
                fields.stream().sorted((a, b) -> order(a) - order(b)).toList());
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SaleValidator.validate(sale("10.001", "TRY", 1, "4355084355084358", "12/30", "000"), NOV_2026));

        assertEquals("amount.scale", e.errors().get(0).messageKey());
    }

    @Test
    void aCardExpiringThisMonthIsStillGood() {
        SaleValidator.validate(sale("1.00", "TRY", 1, "4355084355084358", "11/26", "000"), NOV_2026);
    }

    private static int order(String field) {
        return List.of("amount", "currency", "installments", "cardNumber", "expiry", "cvv")
                .indexOf(field);
    }
}
