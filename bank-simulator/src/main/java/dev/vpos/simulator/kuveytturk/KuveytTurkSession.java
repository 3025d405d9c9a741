package dev.vpos.simulator.kuveytturk;

/**
 * One 3-D authentication in progress, keyed by its MD: what was enrolled (the card stays here, in the simulated
 * bank's memory, as it would at a real bank) and how far it got.
 */
final class KuveytTurkSession {

    enum State {
        PENDING,
        AUTHENTICATED,
        FAILED,
        PROVISIONED
    }

    final KuveytTurkMerchants.Merchant merchant;
    final String merchantOrderId;
    final long amountKurus;
    final String currency;
    final String installments;
    final String pan;
    final String expiryYear;
    final String expiryMonth;
    final String okUrl;
    final String failUrl;
    private State state = State.PENDING;

    KuveytTurkSession(
            KuveytTurkMerchants.Merchant merchant,
            String merchantOrderId,
            long amountKurus,
            String currency,
            String installments,
            String pan,
            String expiryYear,
            String expiryMonth,
            String okUrl,
            String failUrl) {
        this.merchant = merchant;
        this.merchantOrderId = merchantOrderId;
        this.amountKurus = amountKurus;
        this.currency = currency;
        this.installments = installments;
        this.pan = pan;
        this.expiryYear = expiryYear;
        this.expiryMonth = expiryMonth;
        this.okUrl = okUrl;
        this.failUrl = failUrl;
    }

    synchronized State state() {
        return state;
    }

    /** Moves from {@code from} to {@code to}; false when the session is not in {@code from} (used, failed, ...). */
    synchronized boolean move(State from, State to) {
        if (state != from) {
            return false;
        }
        state = to;
        return true;
    }
}
