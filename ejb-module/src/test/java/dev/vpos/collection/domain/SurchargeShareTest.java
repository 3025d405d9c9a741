package dev.vpos.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.erp.domain.DocumentPayment;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A collection that charged a surcharge above the document: what the document sees of the money taken and given back
 * (never the surcharge), and that partial refunds re-open it by exactly its amount in total.
 */
class SurchargeShareTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-08T10:00:00+03:00");

    private static Collection charging(String documentAmount, String surcharge) {
        CollectionDraft draft = new CollectionDraft(
                        "ref",
                        "VP1",
                        1,
                        1,
                        10,
                        GatewayFamily.EST,
                        Channel.PORTAL_ORDER,
                        Money.of(documentAmount, "TRY"),
                        3,
                        "450803******1111",
                        "VISA",
                        null,
                        "fp",
                        "test",
                        AuthorizationKind.SALE,
                        PaymentModel.REGULAR,
                        7L,
                        null,
                        null,
                        null)
                .withSurcharge(Money.of(surcharge, "TRY"));
        return new Collection(draft, T0);
    }

    @Test
    void theCollectionChargesTheDocumentAmountPlusTheSurchargeAndKeepsBoth() {
        Collection c = charging("1000.00", "25.90");
        assertEquals(Money.of("1025.90", "TRY"), c.money());
        assertEquals(Money.of("25.90", "TRY"), c.surcharge());
        assertEquals(Money.of("1000.00", "TRY"), c.documentAmount());
    }

    @Test
    void withoutASurchargeTheDocumentSeesEveryCent() {
        Collection c = charging("1000.00", "0.00");
        assertEquals(Money.of("0.00", "TRY"), c.surcharge());
        assertEquals(Money.of("400.00", "TRY"), c.documentShareOf(Money.of("400.00", "TRY")));
    }

    @Test
    void partialRefundsReOpenTheDocumentByExactlyItsAmountInTotal() {
        Collection c = charging("1000.00", "25.90");
        Money first = c.documentShareOf(Money.of("500.00", "TRY"));
        // 500 × 1000 / 1025.90 = 487.376... half-up
        assertEquals(Money.of("487.38", "TRY"), first);
        Money second = c.documentShareOf(Money.of("1025.90", "TRY")).minus(first);
        assertEquals(Money.of("512.62", "TRY"), second);
        assertEquals(Money.of("1000.00", "TRY"), first.plus(second));
    }

    @Test
    void theDocumentIsSettledByTheAmountLessTheSurchargeAndReOpenedTheSameWay() {
        Money charged = Money.of("1025.90", "TRY");
        Money surcharge = Money.of("25.90", "TRY");
        assertEquals(Money.of("1000.00", "TRY"), new DocumentPayment(7, 1, "ref", charged, null, surcharge).settles());
        assertEquals(
                Money.of("-1000.00", "TRY"),
                new DocumentPayment(7, 1, "ref", charged.negate(), null, surcharge.negate()).settles());
        // with the hosted page's discount: 1025.90 + 50.00 - 25.90
        assertEquals(
                Money.of("1050.00", "TRY"),
                new DocumentPayment(7, 1, "ref", charged, Money.of("50.00", "TRY"), surcharge).settles());
    }
}
