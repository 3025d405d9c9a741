package dev.vpos.simulator.akbank;

import dev.vpos.simulator.akbank.AkbankMerchants.Merchant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One 3-D session opened by a signed form; the card itself is never kept (its masked number and host answer only). */
final class AkbankSession {

    enum Stage {
        CARD_NEEDED,
        CARD_ENTERED,
        AUTHENTICATED,
        ENDED
    }

    final String id;
    final Merchant merchant;
    final Map<String, String> form;
    final BigDecimal amount;
    final boolean preAuth;
    final Instant created;
    private Stage stage;
    private String maskedPan = "";
    private String hostCode = "";
    private String secureMd = "";

    AkbankSession(String id, Merchant merchant, Map<String, String> form, Instant created, Stage stage) {
        this.id = id;
        this.merchant = merchant;
        this.form = Map.copyOf(form);
        this.amount = new BigDecimal(form.get("amount"));
        this.preAuth = "3004".equals(form.get("txnCode"));
        this.created = created;
        this.stage = stage;
    }

    String model() {
        return form.get("paymentModel");
    }

    String orderId() {
        return form.get("orderId");
    }

    synchronized Stage stage() {
        return stage;
    }

    synchronized boolean cardEntered(String maskedPan, String hostCode) {
        if (stage != Stage.CARD_NEEDED) {
            return false;
        }
        this.maskedPan = maskedPan;
        this.hostCode = hostCode;
        stage = Stage.CARD_ENTERED;
        return true;
    }

    synchronized boolean move(Stage from, Stage to) {
        if (stage != from) {
            return false;
        }
        stage = to;
        return true;
    }

    synchronized void secureMd(String md) {
        secureMd = md;
    }

    synchronized String secureMd() {
        return secureMd;
    }

    synchronized String maskedPan() {
        return maskedPan;
    }

    synchronized String hostCode() {
        return hostCode;
    }
}
