package dev.vpos.definitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpos.batches.domain.Settlement;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The installment commission passed on to the payer: grossed up, rounded up at the currency's scale. */
class PassedOnCommissionTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theSurchargeCoversTheRateAndTheFixedFeeOfTheChargeSoTheMerchantNetsTheAmount() {
        Money amount = Money.of("1000.00", "TRY");
        // (1000.00 + 0.25) / 0.975 = 1025.8974... rounded up
        Money surcharge = PassedOnCommission.surcharge(amount, d("2.5"), d("0.25"));
        assertEquals(Money.of("25.90", "TRY"), surcharge);
        Money charged = amount.plus(surcharge);
        // the bank's commission on 1025.90: 2.5 % = 25.6475 → 25.65, + 0.25 = 25.90; the merchant nets 1000.00
        Settlement s = Settlement.of(charged, d("2.5"), d("0.25"), LocalDate.of(2026, 12, 8), 0);
        assertEquals(Money.of("1000.00", "TRY"), s.net());
    }

    @Test
    void anExactQuotientIsNotRoundedUpAnyFurther() {
        assertEquals(Money.of("30.00", "TRY"), PassedOnCommission.surcharge(Money.of("970.00", "TRY"), d("3"), d("0")));
    }

    @Test
    void theChargeIsRoundedUpAtTheCurrencysOwnScale() {
        // JPY has no minor unit: 10000 / 0.97 = 10309.27... → 10310
        assertEquals(Money.of("310", "JPY"), PassedOnCommission.surcharge(Money.of("10000", "JPY"), d("3"), d("0")));
        // BHD has three decimals: 100 / 0.985 = 101.52284... → 101.523
        assertEquals(
                Money.of("1.523", "BHD"), PassedOnCommission.surcharge(Money.of("100.000", "BHD"), d("1.5"), d("0")));
    }

    @Test
    void aFixedFeeAloneIsPassedOnAsItIs() {
        assertEquals(
                Money.of("0.50", "EUR"),
                PassedOnCommission.charged(Money.of("80.00", "EUR"), d("0"), d("0.5"))
                        .minus(Money.of("80.00", "EUR")));
    }

    @Test
    void aCommissionOfAHundredPercentCannotBePassedOn() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PassedOnCommission.surcharge(Money.of("10.00", "TRY"), d("100"), d("0")));
    }

    @Test
    void aPlanThatKeepsTheCommissionForTheMerchantAddsNothing() {
        InstallmentPlan kept = new InstallmentPlan(3, d("2.5"), d("0.25"), 30, false);
        InstallmentPrice price = InstallmentPrice.of(Money.of("1000.00", "TRY"), kept);
        assertEquals(Money.of("0.00", "TRY"), price.surcharge());
        assertEquals(Money.of("1000.00", "TRY"), price.total());
        assertEquals(Money.of("333.33", "TRY"), price.perMonth());
    }

    @Test
    void aPlanThatPassesItOnShowsTheMonthTheTotalAndTheSurcharge() {
        InstallmentPlan passed = new InstallmentPlan(3, d("2.5"), d("0.25"), 30, true);
        InstallmentPrice price = InstallmentPrice.of(Money.of("1000.00", "TRY"), passed);
        assertEquals(Money.of("25.90", "TRY"), price.surcharge());
        assertEquals(Money.of("1025.90", "TRY"), price.total());
        // 1025.90 / 3 = 341.9666... half-up
        assertEquals(Money.of("341.97", "TRY"), price.perMonth());
        assertEquals(3, price.installments());
    }
}
