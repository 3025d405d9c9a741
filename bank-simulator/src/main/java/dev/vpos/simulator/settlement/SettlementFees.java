package dev.vpos.simulator.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The commission the simulated banks deduct on their settlement files: a percentage and a fixed fee per installment
 * count. The defaults are the demo company's contract (the plans its demo definition is seeded with), so that a
 * reconciliation of demo data shows no fee differences unless a test makes one.
 */
public record SettlementFees(
        Map<Integer, BigDecimal> percent, Map<Integer, BigDecimal> fixed, BigDecimal defaultPercent) {

    public static SettlementFees demoContract() {
        return new SettlementFees(
                Map.of(
                        1,
                        new BigDecimal("1.75"),
                        2,
                        new BigDecimal("2.10"),
                        3,
                        new BigDecimal("2.60"),
                        6,
                        new BigDecimal("3.90")),
                Map.of(6, new BigDecimal("0.50")),
                new BigDecimal("1.75"));
    }

    /** Commission for a transaction of {@code amount} (positive), rounded half-up to the amount's scale. */
    public BigDecimal commission(BigDecimal amount, int installments) {
        int count = Math.max(1, installments);
        BigDecimal rate = percent.getOrDefault(count, defaultPercent);
        BigDecimal fee = amount.multiply(rate)
                .divide(BigDecimal.valueOf(100), Math.max(2, amount.scale()), RoundingMode.HALF_UP);
        return fee.add(fixed.getOrDefault(count, BigDecimal.ZERO))
                .setScale(Math.max(2, amount.scale()), RoundingMode.HALF_UP);
    }
}
