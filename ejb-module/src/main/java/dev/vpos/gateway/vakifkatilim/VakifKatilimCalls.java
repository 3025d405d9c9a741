package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.infrastructure.BankChannel;
import dev.vpos.gateway.infrastructure.BankReply;
import java.time.LocalDate;

/** The calls more than one operation makes: a message to a gate, the order's status, the order list of some days. */
final class VakifKatilimCalls {

    private final BankChannel channel;

    VakifKatilimCalls(BankChannel channel) {
        this.channel = channel;
    }

    BankChannel channel() {
        return channel;
    }

    BankReply<VakifKatilimAnswer> send(VakifKatilimMessage message, String gate, GatewayAccount account) {
        return channel.send(message.to(VakifKatilimEndpoints.gate(account, gate)), account, VakifKatilimAnswer.FORMAT);
    }

    /** {@code SelectOrderByMerchantOrderId}: no HashPassword, the hash over MerchantId, our order id and UserName. */
    BankReply<VakifKatilimAnswer> status(String orderId, GatewayAccount account) {
        VakifKatilimCredentials c = VakifKatilimCredentials.of(account);
        return send(VakifKatilimMessage.of(c).with("MerchantOrderId", orderId), VakifKatilimEndpoints.STATUS, account);
    }

    /**
     * {@code SelectOrder}: the transactions dated {@code from} to {@code to} (at most 90 days apart, the bank's limit)
     * of the order with provision number {@code provNumber}, the first hundred.
     */
    BankReply<VakifKatilimAnswer> orders(String provNumber, LocalDate from, LocalDate to, GatewayAccount account) {
        VakifKatilimCredentials c = VakifKatilimCredentials.of(account);
        VakifKatilimMessage m = VakifKatilimMessage.of(c)
                .with("StartDate", from.toString())
                .with("EndDate", to.toString())
                .with("LowerLimit", "0")
                .with("UpperLimit", "100")
                .with("ProvNumber", provNumber)
                .with("OrderStatus", "")
                .with("TranResult", "")
                .with("OrderNo", "");
        return send(m, VakifKatilimEndpoints.HISTORY, account);
    }
}
