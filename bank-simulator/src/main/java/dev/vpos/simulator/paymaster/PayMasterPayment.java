package dev.vpos.simulator.paymaster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One payment of the simulated PayMaster: its id ({@code LMI_SYS_PAYMENT_ID}), the site and the site's invoice number
 * ({@code LMI_PAYMENT_NO}), amount, currency, state (INITIATED, PROCESSING, COMPLETE, CANCELLED), the simulation mode it
 * was paid in, what was refunded (and each refund), and the form's non-LMI fields (handed back in every request to the
 * site). Mutable under its own lock.
 */
final class PayMasterPayment {

    static final DateTimeFormatter JSON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    final long paymentId;
    final String merchantId;
    final String invoiceId;
    final BigDecimal amount;
    final String currency;
    final String description;
    final String simMode;
    final String maskedPan;
    final Map<String, String> form;
    String state;
    OffsetDateTime updated;
    BigDecimal refunded = BigDecimal.ZERO;
    final List<Refund> refunds = new ArrayList<>();

    /** One refund of the payment: PayMaster's id, the merchant's {@code externalID}, the amount, when. */
    record Refund(long refundId, String externalId, BigDecimal amount, OffsetDateTime created) {

        /** The {@code Refund} object of the REST API (refundPayment's answer, listRefunds' items). */
        JsonObject toJson(PayMasterPayment p) {
            return Json.createObjectBuilder()
                    .add("RefundID", refundId)
                    .add("PaymentID", p.paymentId)
                    .add("ExternalID", externalId)
                    .add("Amount", amount)
                    .add("CurrencyCode", p.currency)
                    .add("Status", "SUCCESS")
                    .add("CreationTime", JSON_TIME.format(created.atZoneSameInstant(PayMasterSite.MOSCOW)))
                    .build();
        }
    }

    PayMasterPayment(
            long paymentId,
            String merchantId,
            String invoiceId,
            BigDecimal amount,
            String currency,
            String description,
            String simMode,
            String maskedPan,
            Map<String, String> form,
            String state,
            OffsetDateTime updated) {
        this.paymentId = paymentId;
        this.merchantId = merchantId;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.currency = currency;
        this.description = description;
        this.simMode = simMode;
        this.maskedPan = maskedPan;
        this.form = Map.copyOf(form);
        this.state = state;
        this.updated = updated;
    }

    boolean test() {
        return !simMode.isEmpty();
    }

    /** The {@code Payment} object of the REST API. */
    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("PaymentID", paymentId)
                .add("SiteInvoiceID", invoiceId)
                .add("SiteID", merchantId)
                .add("CurrencyCode", currency)
                .add("Amount", amount)
                .add("PaymentCurrencyCode", currency)
                .add("PaymentAmount", amount)
                .add("State", state)
                .add("IsTestPayment", test())
                .add("LastUpdateTime", JSON_TIME.format(updated))
                .add("PaymentSystemID", test() ? 18 : 3)
                .add("Purpose", description)
                .add("UserIdentifier", maskedPan)
                .build();
    }
}
