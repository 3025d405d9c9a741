package dev.vpos.simulator.payfor;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.payfor.PayForMerchants.Merchant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One 3-D Secure payment between the gate and its end, keyed by the bank's {@code RequestGuid}. The bank holds the
 * card in memory until the payment is provisioned or fails (then it is dropped); {@link #toString()} masks it.
 *
 * @param form the gate form's order fields (OrderId, PurchAmount, Currency, InstallmentCount, TxnType, SecureType,
 *             OkUrl, FailUrl, Lang, MbrId, MerchantID, UserCode); never the card, hash or CVV
 */
record PayForThreeDsSession(
        String requestGuid,
        Merchant merchant,
        Map<String, String> form,
        String pan,
        String expiry,
        String cvv,
        String holderName,
        Stage stage,
        String eci,
        String cavv,
        String xid,
        Instant createdAt) {

    enum Stage {
        /** 3D Host: the bank's card form is shown. */
        AWAITING_CARD,
        /** The ACS password page is shown. */
        AWAITING_OTP,
        /** 3D model: authenticated, waiting for the merchant's provision ({@code 3DModelPayment}). */
        AUTHENTICATED,
        /** Authentication failed or was cancelled. */
        FAILED,
        /** Provisioned (approved or declined). */
        COMPLETED
    }

    static final String MODEL_3D = "3DModel";
    static final String MODEL_3D_PAY = "3DPay";
    static final String MODEL_3D_HOST = "3DHost";

    PayForThreeDsSession {
        form = Map.copyOf(form);
    }

    String field(String name) {
        return form.getOrDefault(name, "");
    }

    String orderId() {
        return field("OrderId");
    }

    String secureType() {
        return field("SecureType");
    }

    BigDecimal amount() {
        return new BigDecimal(field("PurchAmount"));
    }

    PayForThreeDsSession withCard(String newPan, String newExpiry, String newCvv, String newHolder) {
        return new PayForThreeDsSession(
                requestGuid,
                merchant,
                form,
                newPan,
                newExpiry,
                newCvv,
                newHolder,
                Stage.AWAITING_OTP,
                eci,
                cavv,
                xid,
                createdAt);
    }

    PayForThreeDsSession authenticated(String newEci, String newCavv, String newXid) {
        return new PayForThreeDsSession(
                requestGuid,
                merchant,
                form,
                pan,
                expiry,
                cvv,
                holderName,
                Stage.AUTHENTICATED,
                newEci,
                newCavv,
                newXid,
                createdAt);
    }

    /** Failed or completed: the card is forgotten. */
    PayForThreeDsSession ended(Stage end) {
        return new PayForThreeDsSession(
                requestGuid, merchant, form, null, null, null, holderName, end, eci, cavv, xid, createdAt);
    }

    PayForAuthorization authorization() {
        return new PayForAuthorization(
                merchant,
                orderId(),
                field("TxnType"),
                amount(),
                field("Currency"),
                field("InstallmentCount"),
                pan,
                expiry,
                holderName);
    }

    String maskedPan() {
        return pan == null ? "" : CardNumbers.mask(pan);
    }

    @Override
    public String toString() {
        return "PayForThreeDsSession[" + requestGuid + " " + secureType() + " order=" + orderId() + " stage=" + stage
                + " card=" + maskedPan() + "]";
    }
}
