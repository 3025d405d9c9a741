package dev.vpos.collection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpos.collection.domain.Channel;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaleCommandTest {

    private static final Clock NOV_2026 =
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Istanbul"));

    private static SaleCommand.Builder sale() {
        return SaleCommand.builder()
                .payer(1L, 2L)
                .amount("10.00", "TRY")
                .card(new EnteredCard("4355084355084358", "12/30", "123", "Holder"))
                .origin(new SaleOrigin(Channel.MOTO, "key-1", "127.0.0.1", "payer@example.com"));
    }

    @Test
    void neverPrintsTheCard() {
        SaleCommand command = sale().build();

        for (String text : List.of(command.toString(), command.card().toString())) {
            assertFalse(text.contains("4355084355084358"), text);
            assertFalse(text.contains("123"), text);
        }
    }

    @Test
    void aSaleUnlessAPreAuthorisationIsAskedFor() {
        assertEquals(AuthorizationKind.SALE, sale().build().kind());
        assertEquals(AuthorizationKind.SALE, sale().kindAsSent(" ").build().kind());
        assertEquals(
                AuthorizationKind.PRE_AUTH,
                sale().kindAsSent("PRE_AUTH ").build().kind());
        assertEquals(
                AuthorizationKind.PRE_AUTH,
                SaleValidator.validate(sale().kind(AuthorizationKind.PRE_AUTH).build(), NOV_2026)
                        .kind());
    }

    @Test
    void anUnknownKindIsAFieldErrorBesideTheOthers() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SaleValidator.validate(
                        sale().kindAsSent("REFUND").amount("-1", "TRY").build(), NOV_2026));

        assertEquals(
                List.of("amount", "kind"),
                e.errors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void withoutCardOrOriginNothingIsNull() {
        SaleCommand command = SaleCommand.builder().payer(1L, 2L).build();

        assertEquals(EnteredCard.NONE, command.card());
        assertNull(command.origin().idempotencyKey());
        assertEquals(
                List.of("amount", "cardNumber", "currency", "cvv", "expiry"),
                assertThrows(InvalidInputException.class, () -> SaleValidator.validate(command, NOV_2026))
                        .errors()
                        .stream()
                        .map(FieldError::field)
                        .sorted()
                        .toList());
    }
}
