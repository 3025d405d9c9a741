package dev.vpos.simulator.posnetv1;

import dev.vpos.simulator.posnetv1.PosNetV1Merchants.Merchant;
import java.math.BigDecimal;
import java.util.Map;

/** One 3-D session opened by a signed form; the card itself is never kept (its masked number and host answer only). */
final class PosNetV1Session {

    enum Stage {
        CARD_ENTERED,
        AUTHENTICATED,
        ENDED
    }

    final String id;
    final String secureTransactionId;
    final Merchant merchant;
    final Map<String, String> form;
    final BigDecimal amount;
    private final String maskedPan;
    private final String hostCode;
    private Stage stage = Stage.CARD_ENTERED;
    private String md = "";
    private String cavv = "";
    private String eci = "";

    PosNetV1Session(
            String id,
            String secureTransactionId,
            Merchant merchant,
            Map<String, String> form,
            String maskedPan,
            String hostCode) {
        this.id = id;
        this.secureTransactionId = secureTransactionId;
        this.merchant = merchant;
        this.form = Map.copyOf(form);
        this.amount = BigDecimal.valueOf(Long.parseLong(form.get("Amount")), 2);
        this.maskedPan = maskedPan;
        this.hostCode = hostCode;
    }

    synchronized Stage stage() {
        return stage;
    }

    /** Authentication done: the values the provision must repeat. */
    synchronized boolean authenticated(String md, String cavv, String eci) {
        if (stage != Stage.CARD_ENTERED) {
            return false;
        }
        this.md = md;
        this.cavv = cavv;
        this.eci = eci;
        stage = Stage.AUTHENTICATED;
        return true;
    }

    synchronized boolean fail() {
        if (stage != Stage.CARD_ENTERED) {
            return false;
        }
        stage = Stage.ENDED;
        return true;
    }

    /** The provision takes the session, once. */
    synchronized boolean end() {
        if (stage != Stage.AUTHENTICATED) {
            return false;
        }
        stage = Stage.ENDED;
        return true;
    }

    synchronized String md() {
        return md;
    }

    synchronized String cavv() {
        return cavv;
    }

    synchronized String eci() {
        return eci;
    }

    String maskedPan() {
        return maskedPan;
    }

    String hostCode() {
        return hostCode;
    }
}
