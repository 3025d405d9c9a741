package dev.vpos.approvals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.approvals.domain.WaitReason;
import dev.vpos.collection.application.FollowUpPlan;
import dev.vpos.collection.application.RequestedFollowUp;
import dev.vpos.collection.domain.OperationKind;
import dev.vpos.shared.domain.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a refund, void or cancel waits for a second user (issue #13 item 8). */
class WaitReasonsTest {

    private static final Optional<Money> THOUSAND = Optional.of(Money.of("1000.00", "TRY"));

    private static FollowUpPlan refund(String amount, String saleTakenBy, boolean givesMoneyBack) {
        return new FollowUpPlan(
                1L,
                "REF",
                7L,
                saleTakenBy,
                RequestedFollowUp.REFUND,
                OperationKind.REFUND,
                Money.of(amount, "TRY"),
                givesMoneyBack,
                "fp");
    }

    @Test
    void aboveTheThresholdWaitsAtTheThresholdItDoesNot() {
        assertEquals(
                List.of(WaitReason.ABOVE_THRESHOLD),
                RefundApprovals.reasons(refund("1000.01", "collector", true), THOUSAND, "finance"));
        assertEquals(List.of(), RefundApprovals.reasons(refund("1000.00", "collector", true), THOUSAND, "finance"));
    }

    @Test
    void theUserWhoTookTheSaleWaitsWhateverTheAmountAndWhateverTheCase() {
        assertEquals(
                List.of(WaitReason.SAME_USER_AS_SALE),
                RefundApprovals.reasons(refund("1.00", "Aylin", true), THOUSAND, "aylin"));
        assertEquals(
                List.of(WaitReason.ABOVE_THRESHOLD, WaitReason.SAME_USER_AS_SALE),
                RefundApprovals.reasons(refund("5000.00", "aylin", true), THOUSAND, "aylin"));
    }

    @Test
    void nothingWaitsWithoutAThresholdOrWhenNoMoneyGoesBack() {
        assertEquals(List.of(), RefundApprovals.reasons(refund("5000.00", "aylin", true), Optional.empty(), "aylin"));
        assertEquals(List.of(), RefundApprovals.reasons(refund("5000.00", "aylin", false), THOUSAND, "aylin"));
    }

    @Test
    void aZeroThresholdHoldsEveryRefund() {
        assertEquals(
                List.of(WaitReason.ABOVE_THRESHOLD),
                RefundApprovals.reasons(
                        refund("0.01", "collector", true), Optional.of(Money.of("0.00", "TRY")), "finance"));
    }
}
