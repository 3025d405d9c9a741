package dev.vpos.batches.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SettlementTest {

    @Test
    void commissionNetAndValueDateFollowTheDefinition() {
        Settlement s = Settlement.of(
                Money.of("1250.00", "TRY"), new BigDecimal("1.75"), BigDecimal.ZERO, LocalDate.of(2026, 11, 23), 1);

        assertEquals(Money.of("21.88", "TRY"), s.commission());
        assertEquals(Money.of("1228.12", "TRY"), s.net());
        assertEquals(LocalDate.of(2026, 11, 24), s.valueDate());
    }

    @Test
    void aFixedFeePerTransactionIsAddedToThePercentage() {
        Settlement s = Settlement.of(
                Money.of("1000.00", "TRY"),
                new BigDecimal("3.90"),
                new BigDecimal("0.5"),
                LocalDate.of(2026, 11, 23),
                0);

        assertEquals(Money.of("39.50", "TRY"), s.commission());
        assertEquals(Money.of("960.50", "TRY"), s.net());
        assertEquals(LocalDate.of(2026, 11, 23), s.valueDate());
    }
}
