package dev.vpos.collection.domain;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a bank's order history says about one follow-up (capture, void, refund) whose answer we never recorded.
 *
 * <ul>
 *   <li>Where the bank keeps the operation id we sent (PayFlex, PayMaster, Stripe), the line with that id decides:
 *       approved → booked, declined → refused; lines of the kind with ids but none with ours → absent.
 *   <li>Elsewhere the bank knows the order's transactions only by kind and amount: the sum of its approved lines of
 *       the follow-up's kind is compared with what we recorded as approved before. Bank = ours + this one → booked;
 *       bank = ours → absent; anything else is a contradiction left undecided (finance sees it).
 *   <li>A line the bank itself has not decided (a pending refund), or a history the bank did not give, decides
 *       nothing. "Absent" is only believed once the request cannot still be on its way ({@code mayStillArrive}).
 * </ul>
 */
public final class FollowUpEvidence {

    public enum Kind {
        BOOKED,
        REFUSED,
        ABSENT,
        UNDECIDED
    }

    /** The finding, the bank's line behind it (null where a sum decided or nothing did) and why, for the log. */
    public record Finding(Kind kind, OrderHistory.Line line, String why) {}

    private FollowUpEvidence() {}

    /**
     * @param kind           the follow-up's kind
     * @param operationId    the id we sent with it
     * @param amount         its amount
     * @param approvedBefore the amounts of the collection's other follow-ups of the same kind that we recorded approved
     * @param history        the bank's history of the order
     * @param mayStillArrive true while the request could still reach the bank (twice its deadline has not passed)
     */
    public static Finding judge(
            OperationKind kind,
            String operationId,
            Money amount,
            List<Money> approvedBefore,
            OrderHistory history,
            boolean mayStillArrive) {
        if (!history.answered()) {
            return undecided("the bank gave no history");
        }
        HistoryKind wanted = HistoryKind.valueOf(kind.name());
        List<OrderHistory.Line> ofKind =
                history.lines().stream().filter(l -> l.kind() == wanted).toList();
        List<OrderHistory.Line> ours =
                ofKind.stream().filter(l -> operationId.equals(l.operationId())).toList();
        for (OrderHistory.Line line : ours) {
            if (line.approved()) {
                return new Finding(Kind.BOOKED, line, "the bank lists " + operationId + " as approved");
            }
        }
        for (OrderHistory.Line line : ours) {
            if (line.outcome() == GatewayOutcome.DECLINED) {
                return new Finding(Kind.REFUSED, line, "the bank lists " + operationId + " as declined");
            }
        }
        if (!ours.isEmpty()) {
            return undecided("the bank has not decided " + operationId + " itself");
        }
        if (ofKind.stream().anyMatch(l -> l.operationId() != null)) {
            return absentUnless(mayStillArrive, "the bank keeps operation ids and has no " + operationId);
        }
        if (ofKind.stream().anyMatch(l -> l.outcome() == GatewayOutcome.UNKNOWN)) {
            return undecided("a " + wanted + " of the order is still undecided at the bank");
        }
        BigDecimal atBank = ofKind.stream()
                .filter(OrderHistory.Line::approved)
                .filter(l -> l.amount() != null)
                .map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recorded = approvedBefore.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (atBank.compareTo(recorded.add(amount.amount())) == 0) {
            OrderHistory.Line last = ofKind.stream()
                    .filter(OrderHistory.Line::approved)
                    .reduce((a, b) -> b)
                    .orElse(null);
            return new Finding(
                    Kind.BOOKED,
                    last,
                    "the bank's approved " + wanted + " total " + atBank.toPlainString() + " includes this one");
        }
        if (atBank.compareTo(recorded) == 0) {
            return absentUnless(
                    mayStillArrive,
                    "the bank's approved " + wanted + " total " + atBank.toPlainString() + " is what we recorded");
        }
        return undecided("the bank's approved " + wanted + " total " + atBank.toPlainString() + " matches neither "
                + recorded.toPlainString() + " nor "
                + recorded.add(amount.amount()).toPlainString());
    }

    private static Finding absentUnless(boolean mayStillArrive, String why) {
        return mayStillArrive
                ? undecided(why + ", but the request may still be on its way")
                : new Finding(Kind.ABSENT, null, why);
    }

    private static Finding undecided(String why) {
        return new Finding(Kind.UNDECIDED, null, why);
    }
}
