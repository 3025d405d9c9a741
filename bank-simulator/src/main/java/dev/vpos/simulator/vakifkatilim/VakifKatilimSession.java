package dev.vpos.simulator.vakifkatilim;

/**
 * One 3-D payment in progress, keyed by its MD: what was registered (the card stays here, in the simulated bank's
 * memory, as it would at a real bank), whether the bank itself completes the payment (the common payment page, 3D
 * Host) or waits for the merchant's provision (3D model), and how far it got.
 */
final class VakifKatilimSession {

    enum State {
        /** 3D Host: the card page is shown, no card yet. */
        CARD_PAGE,
        PENDING,
        AUTHENTICATED,
        FAILED,
        PROVISIONED
    }

    final VakifKatilimMerchants.Merchant merchant;
    final String merchantOrderId;
    final long kurus;
    final String currency;
    final String installments;
    final String okUrl;
    final String failUrl;
    final boolean hostPage;
    private String pan;
    private String expiryYear;
    private String expiryMonth;
    private State state;

    VakifKatilimSession(
            VakifKatilimMerchants.Merchant merchant,
            String merchantOrderId,
            long kurus,
            String currency,
            String installments,
            String okUrl,
            String failUrl,
            boolean hostPage) {
        this.merchant = merchant;
        this.merchantOrderId = merchantOrderId;
        this.kurus = kurus;
        this.currency = currency;
        this.installments = installments;
        this.okUrl = okUrl;
        this.failUrl = failUrl;
        this.hostPage = hostPage;
        this.state = hostPage ? State.CARD_PAGE : State.PENDING;
    }

    synchronized void card(String pan, String expiryYear, String expiryMonth) {
        this.pan = pan;
        this.expiryYear = expiryYear;
        this.expiryMonth = expiryMonth;
    }

    synchronized String pan() {
        return pan;
    }

    synchronized String expiryYear() {
        return expiryYear;
    }

    synchronized String expiryMonth() {
        return expiryMonth;
    }

    synchronized State state() {
        return state;
    }

    /** Moves from {@code from} to {@code to}; false when the session is elsewhere (used, failed, ...). */
    synchronized boolean move(State from, State to) {
        if (state != from) {
            return false;
        }
        state = to;
        return true;
    }
}
