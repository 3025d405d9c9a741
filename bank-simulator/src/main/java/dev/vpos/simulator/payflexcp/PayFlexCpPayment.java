package dev.vpos.simulator.payflexcp;

import java.math.BigDecimal;

/**
 * One registered Common Payment (by its payment token): what {@code RegisterTransaction} fixed, the card once the
 * payer gave it (3D Pay: in the registration; 3D Host: on the bank's card page), and, once the ACS answered, the bank's
 * TransactionId and result. Guarded by the bank's lock.
 */
final class PayFlexCpPayment {

    enum State {
        /** Registered; 3D Host: waiting for the card page. */
        REGISTERED,
        /** The card is known; waiting for the ACS password. */
        AT_ACS,
        /** Paid or declined: the payment page is closed, the inquiry answers it. */
        DONE
    }

    final String token;
    final PayFlexCpMerchants.Merchant merchant;
    final String orderId;
    final BigDecimal amount;
    final String amountCode;
    final int installments;
    final String successUrl;
    final String failUrl;
    final String pageUrl;
    final String language;
    State state = State.REGISTERED;
    String pan;
    String expiryYyyyMm;
    String holder;
    String transactionId;
    String rc;
    String message;
    String authCode = "";
    String rrn = "";
    String hostDate = "";

    PayFlexCpPayment(
            String token,
            PayFlexCpMerchants.Merchant merchant,
            String orderId,
            BigDecimal amount,
            String amountCode,
            int installments,
            String successUrl,
            String failUrl,
            String pageUrl,
            String language) {
        this.token = token;
        this.merchant = merchant;
        this.orderId = orderId;
        this.amount = amount;
        this.amountCode = amountCode;
        this.installments = installments;
        this.successUrl = successUrl;
        this.failUrl = failUrl;
        this.pageUrl = pageUrl;
        this.language = language;
    }

    /** The amount as the inquiry and the return write it: a decimal comma ({@code 1,01}, mews/pos's fixture). */
    String commaAmount() {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY)
                .toPlainString()
                .replace('.', ',');
    }

    @Override
    public String toString() {
        return "PayFlexCpPayment[" + merchant.merchantId() + " " + orderId + " " + amount + " " + state + "]";
    }
}
