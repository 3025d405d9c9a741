package dev.vpos.simulator.mypos;

import java.util.List;
import java.util.Map;

/**
 * What the simulated myPOS knows of one store's order: its state, the transaction reference of the payment, and the
 * last IPC message recorded for it (which IPCGetTxnStatus returns as {@code OrderStatus}, signature included).
 */
final class MyPosOrder {

    enum State {
        PAID,
        DECLINED,
        CANCELLED,
        ROLLED_BACK,
        REVERSED
    }

    final String sid;
    final String orderId;
    final String amount;
    final String currency;
    final String notifyUrl;
    State state;
    String trnref;
    List<Map.Entry<String, String>> lastMessage;

    MyPosOrder(String sid, String orderId, String amount, String currency, String notifyUrl) {
        this.sid = sid;
        this.orderId = orderId;
        this.amount = amount;
        this.currency = currency;
        this.notifyUrl = notifyUrl;
    }
}
