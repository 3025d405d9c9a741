package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.shared.domain.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The payer's browser coming back from the myPOS page to our callback: {@code IPCPurchaseOK} at {@code URL_OK}
 * after a payment, {@code IPCPurchaseCancel} at {@code URL_Cancel} when the payer gave up. myPOS itself says not to
 * trust this return for the payment (it is not server to server); so it is only checked — its signature when it
 * carries one, its store and order — and the truth is asked with IPCGetTxnStatus, whose answer is signed.
 */
final class IpcPayerReturn {

    private static final Logger LOG = Logger.getLogger(IpcPayerReturn.class.getName());

    private IpcPayerReturn() {}

    /** A status answer with the order's amount as myPOS recorded it (empty when it gave none). */
    record StatusAnswer(GatewayResult result, Optional<Money> amount) {}

    static ThreeDsFinish finish(ThreeDsCallback callback, MyPosCredentials c, Function<String, StatusAnswer> status) {
        IpcFields f = IpcFields.of(entries(callback.posted()));
        BankExchange log = new BankExchange(null, 0, f.masked(), null, null);
        String orderId = callback.expected().bankOrderId();
        String method = f.value("IPCmethod");
        if (!method.isEmpty() && !"IPCPurchaseOK".equals(method) && !"IPCPurchaseCancel".equals(method)) {
            return rejected(orderId, "'" + method + "' is not a payer's return from myPOS", log);
        }
        if (f.hasSignature() && !f.signedBy(c.myposKey())) {
            return rejected(orderId, method + " is not signed with myPOS's certificate", log);
        }
        if (!f.value("SID").isEmpty() && !f.value("SID").equals(c.storeId())) {
            return rejected(orderId, "the return is for store " + f.value("SID") + ", not " + c.storeId(), log);
        }
        if (!f.value("OrderID").isEmpty() && !f.value("OrderID").equals(orderId)) {
            return rejected(orderId, "the return is for order " + f.value("OrderID") + ", not " + orderId, log);
        }
        StatusAnswer answer = status.apply(orderId);
        GatewayResult r = answer.result();
        if (r.outcome() == GatewayOutcome.APPROVED
                && answer.amount().isPresent()
                && !answer.amount().get().equals(callback.expected().amount())) {
            return ThreeDsFinish.completed(
                    GatewayResult.unknown(r.exchange()
                            .withFailure("myPOS recorded " + answer.amount().get() + " for order " + orderId
                                    + ", we expected " + callback.expected().amount())),
                    log);
        }
        if (r.outcome() == GatewayOutcome.NOT_SENT) {
            // myPOS has no payment for the order: a payer who cancelled paid nothing; after "OK" we cannot tell yet
            return ThreeDsFinish.completed(
                    "IPCPurchaseCancel".equals(method)
                            ? new GatewayResult(
                                    GatewayOutcome.DECLINED,
                                    IpcResults.PAYER_CANCELLED,
                                    "the payer cancelled on the myPOS page",
                                    null,
                                    null,
                                    null,
                                    r.exchange())
                            : GatewayResult.unknown(
                                    r.exchange()
                                            .withFailure(
                                                    "the payer came back from myPOS but myPOS has no payment for the order yet")),
                    log);
        }
        return ThreeDsFinish.completed(r, log);
    }

    private static ThreeDsFinish rejected(String orderId, String why, BankExchange log) {
        LOG.warning(() -> "Refused a myPOS return for order " + orderId + ": " + why);
        return ThreeDsFinish.rejected(why, log);
    }

    private static List<Map.Entry<String, String>> entries(Map<String, String> posted) {
        return new ArrayList<>(posted.entrySet());
    }
}
