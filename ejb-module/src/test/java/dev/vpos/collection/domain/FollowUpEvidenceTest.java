package dev.vpos.collection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.collection.domain.FollowUpEvidence.Kind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.shared.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpEvidenceTest {

    private static final BankExchange X = new BankExchange(null, 0, null, null, null);

    private static OrderHistory.Line line(HistoryKind kind, GatewayOutcome outcome, String amount, String operationId) {
        return new OrderHistory.Line(
                kind, kind.name(), outcome, Money.of(amount, "TRY"), operationId, "00", null, null, null, null);
    }

    private static OrderHistory history(OrderHistory.Line... lines) {
        return new OrderHistory(true, List.of(lines), X);
    }

    private static Kind judge(OperationKind kind, String amount, List<Money> before, OrderHistory h, boolean early) {
        return FollowUpEvidence.judge(kind, "OP1", Money.of(amount, "TRY"), before, h, early)
                .kind();
    }

    @Test
    void theLineWithOurOperationIdDecides() {
        var h = history(
                line(HistoryKind.SALE, GatewayOutcome.APPROVED, "100.00", null),
                line(HistoryKind.REFUND, GatewayOutcome.DECLINED, "10.00", "OP0"),
                line(HistoryKind.REFUND, GatewayOutcome.APPROVED, "10.00", "OP1"));
        assertEquals(Kind.BOOKED, judge(OperationKind.REFUND, "10.00", List.of(), h, false));
        var declined = history(line(HistoryKind.REFUND, GatewayOutcome.DECLINED, "10.00", "OP1"));
        assertEquals(Kind.REFUSED, judge(OperationKind.REFUND, "10.00", List.of(), declined, false));
        var pending = history(line(HistoryKind.REFUND, GatewayOutcome.UNKNOWN, "10.00", "OP1"));
        assertEquals(Kind.UNDECIDED, judge(OperationKind.REFUND, "10.00", List.of(), pending, false));
    }

    @Test
    void aBankThatKeepsIdsButNotOursHasNotReceivedIt() {
        var h = history(line(HistoryKind.REFUND, GatewayOutcome.APPROVED, "10.00", "OP0"));
        assertEquals(Kind.ABSENT, judge(OperationKind.REFUND, "10.00", List.of(Money.of("10.00", "TRY")), h, false));
        assertEquals(
                Kind.UNDECIDED,
                judge(OperationKind.REFUND, "10.00", List.of(Money.of("10.00", "TRY")), h, true),
                "while the request may still be on its way");
    }

    @Test
    void withoutIdsTheApprovedTotalOfTheKindDecides() {
        List<Money> before = List.of(Money.of("30.00", "TRY"));
        var booked = history(
                line(HistoryKind.REFUND, GatewayOutcome.APPROVED, "30.00", null),
                line(HistoryKind.REFUND, GatewayOutcome.APPROVED, "20.00", null));
        assertEquals(Kind.BOOKED, judge(OperationKind.REFUND, "20.00", before, booked, false));
        var absent = history(line(HistoryKind.REFUND, GatewayOutcome.APPROVED, "30.00", null));
        assertEquals(Kind.ABSENT, judge(OperationKind.REFUND, "20.00", before, absent, false));
        assertEquals(Kind.UNDECIDED, judge(OperationKind.REFUND, "20.00", before, absent, true));
        var contradiction = history(line(HistoryKind.REFUND, GatewayOutcome.APPROVED, "45.00", null));
        assertEquals(Kind.UNDECIDED, judge(OperationKind.REFUND, "20.00", before, contradiction, false));
    }

    @Test
    void otherKindsDoNotCountAndAPendingLineOfTheKindDecidesNothing() {
        var voidOnly = history(
                line(HistoryKind.SALE, GatewayOutcome.APPROVED, "100.00", null),
                line(HistoryKind.VOID, GatewayOutcome.APPROVED, "100.00", null));
        assertEquals(Kind.BOOKED, judge(OperationKind.VOID, "100.00", List.of(), voidOnly, false));
        assertEquals(Kind.ABSENT, judge(OperationKind.REFUND, "100.00", List.of(), voidOnly, false));
        var pending = history(line(HistoryKind.REFUND, GatewayOutcome.UNKNOWN, "100.00", null));
        assertEquals(Kind.UNDECIDED, judge(OperationKind.REFUND, "100.00", List.of(), pending, false));
    }

    @Test
    void aHistoryTheBankDidNotGiveDecidesNothing() {
        assertEquals(
                Kind.UNDECIDED, judge(OperationKind.CAPTURE, "10.00", List.of(), OrderHistory.notAnswered(X), false));
    }
}
