package dev.vpos.gateway.akbank;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.infrastructure.AnswerFormat;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** One call to Akbank's API; its answer counts only as a JSON object with a {@code responseCode}, with HTTP 200. */
final class AkbankCall {

    /** "Sipariş Numarası : ... tekil olmalıdır": the order id was used before. */
    static final String ORDER_ID_USED = "VPS-1013";
    /** "İşlem bulunamadı": the order history knows no such order. */
    static final String NO_SUCH_ORDER = "VPS-1123";

    static final AnswerFormat<AkbankAnswer> FORMAT =
            AnswerFormat.onHttpOk(StandardCharsets.UTF_8, AkbankAnswer::parse).from("Akbank");

    private final BankChannel channel;
    private final Clock clock;

    AkbankCall(BankChannel channel, Clock clock) {
        this.channel = channel;
        this.clock = clock;
    }

    AkbankRequest request(String txnCode, GatewayAccount account) {
        return AkbankRequest.of(txnCode, AkbankCredentials.of(account), clock);
    }

    Clock clock() {
        return clock;
    }

    BankReply<AkbankAnswer> send(AkbankRequest request, GatewayAccount account) {
        return channel.send(
                request.to(account.endpoint(), AkbankCredentials.of(account).secretKey()), account, FORMAT);
    }

    /**
     * Reads a payment or follow-up answer: {@code VPS-0000} approved; another code declined (the host's code for a
     * provision error); an answer for another order unknown; {@code VPS-1013} (order id used) asks the status.
     */
    static GatewayResult payment(BankReply<AkbankAnswer> reply, String orderId) {
        if (!reply.answered()) {
            return reply.failed();
        }
        AkbankAnswer a = reply.get();
        String answeredFor = a.get("order.orderId");
        if (!answeredFor.isEmpty() && !answeredFor.equals(orderId)) {
            return reply.unknown("answer is for order " + answeredFor + ", not " + orderId);
        }
        if (ORDER_ID_USED.equals(a.responseCode())) {
            return reply.orderIdAlreadyUsed(a.responseCode(), a.get("responseMessage"));
        }
        return new GatewayResult(
                a.approved() ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                a.bankCode(),
                a.bankMessage(),
                a.approved() ? a.get("transaction.authCode") : null,
                a.get("transaction.rrn"),
                null,
                reply.exchange());
    }
}
