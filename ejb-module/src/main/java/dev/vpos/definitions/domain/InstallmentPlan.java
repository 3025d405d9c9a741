package dev.vpos.definitions.domain;

import dev.vpos.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One installment count a definition offers (1 = single payment) and what the bank keeps for it: a percentage,
 * a fixed fee per transaction (in the transaction's currency) and the days the money is blocked; and whether that
 * commission is passed on to the payer ("vade farkı"): then the payer is charged the amount plus a {@link
 * #surchargeOn surcharge} that covers it.
 */
@Embeddable
public class InstallmentPlan {

    @Column(name = "installments", nullable = false)
    private int installments;

    @Column(name = "commission_rate", nullable = false, precision = 9, scale = 4)
    private BigDecimal commissionRate;

    @Column(name = "fixed_fee", nullable = false, precision = 19, scale = 4)
    private BigDecimal fixedFee;

    @Column(name = "blocked_days", nullable = false)
    private int blockedDays;

    @Column(name = "commission_to_payer", nullable = false)
    private boolean commissionToPayer;

    protected InstallmentPlan() {}

    public InstallmentPlan(int installments, BigDecimal commissionRate, BigDecimal fixedFee, int blockedDays) {
        this(installments, commissionRate, fixedFee, blockedDays, false);
    }

    public InstallmentPlan(
            int installments,
            BigDecimal commissionRate,
            BigDecimal fixedFee,
            int blockedDays,
            boolean commissionToPayer) {
        this.installments = installments;
        this.commissionRate = Objects.requireNonNull(commissionRate);
        this.fixedFee = Objects.requireNonNull(fixedFee);
        this.blockedDays = blockedDays;
        this.commissionToPayer = commissionToPayer;
    }

    public static InstallmentPlan singlePaymentFree() {
        return new InstallmentPlan(1, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    public int installments() {
        return installments;
    }

    public BigDecimal commissionRate() {
        return commissionRate;
    }

    public BigDecimal fixedFee() {
        return fixedFee;
    }

    public int blockedDays() {
        return blockedDays;
    }

    /** Whether the payer pays this count's commission (as a surcharge above the document amount). */
    public boolean commissionToPayer() {
        return commissionToPayer;
    }

    /**
     * What the payer pays above {@code amount} for this count: zero unless the commission is passed on; then
     * {@link PassedOnCommission#surcharge}.
     */
    public Money surchargeOn(Money amount) {
        return commissionToPayer
                ? PassedOnCommission.surcharge(amount, commissionRate, fixedFee)
                : Money.of(BigDecimal.ZERO, amount.currencyCode());
    }

    @Override
    public String toString() {
        return installments + ": " + commissionRate.stripTrailingZeros().toPlainString() + "% + "
                + fixedFee.stripTrailingZeros().toPlainString() + ", " + blockedDays + " days"
                + (commissionToPayer ? ", paid by the payer" : "");
    }
}
