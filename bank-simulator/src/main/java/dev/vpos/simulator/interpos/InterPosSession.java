package dev.vpos.simulator.interpos;

import dev.vpos.simulator.interpos.InterPosMerchants.Merchant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One 3-D session opened by a signed form; the card itself is never kept (its masked number and host answer only). */
final class InterPosSession {

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
    final Instant created;
    private Stage stage;
    private String maskedPan = "";
    private String hostCode = "";
    private String md = "";
    private String cavv = "";
    private String xid = "";
    private String eci = "";

    InterPosSession(String id, Merchant merchant, Map<String, String> form, Instant created) {
        this.id = id;
        this.merchant = merchant;
        this.form = Map.copyOf(form);
        this.amount = new BigDecimal(form.get("PurchAmount"));
        this.created = created;
        this.stage = Stage.CARD_NEEDED;
    }

    String secureType() {
        return form.get("SecureType");
    }

    String orderId() {
        return form.get("OrderId");
    }

    boolean preAuth() {
        return "PreAuth".equals(form.get("TxnType"));
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

    synchronized void authenticatedWith(String md, String cavv, String xid, String eci) {
        this.md = md;
        this.cavv = cavv;
        this.xid = xid;
        this.eci = eci;
    }

    synchronized String md() {
        return md;
    }

    synchronized String cavv() {
        return cavv;
    }

    synchronized String xid() {
        return xid;
    }

    synchronized String eci() {
        return eci;
    }

    synchronized String maskedPan() {
        return maskedPan;
    }

    synchronized String hostCode() {
        return hostCode;
    }
}
