package dev.vpos.simulator.twocheckout;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One order of the simulated 2Checkout: 2Checkout's reference ({@code RefNo}), the merchant's external reference (our
 * order id), the dynamic product, amount and currency, whether it is a test order, and its status (PENDING while under
 * review, COMPLETE once approved, REFUND after a refund). Mutable under the store's lock.
 */
final class TwoCheckoutOrder {

    static final DateTimeFormatter API_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final String refNo;
    final long orderNo;
    final String merchant;
    final String externalReference;
    final String productName;
    final BigDecimal amount;
    final String currency;
    final boolean testOrder;
    final String holder;
    final String email;
    final String maskedPan;
    final OffsetDateTime created;
    String status;
    String approveStatus;
    OffsetDateTime finished;

    TwoCheckoutOrder(
            String refNo,
            long orderNo,
            String merchant,
            String externalReference,
            String productName,
            BigDecimal amount,
            String currency,
            boolean testOrder,
            String holder,
            String email,
            String maskedPan,
            OffsetDateTime created,
            String status,
            String approveStatus) {
        this.refNo = refNo;
        this.orderNo = orderNo;
        this.merchant = merchant;
        this.externalReference = externalReference;
        this.productName = productName;
        this.amount = amount;
        this.currency = currency;
        this.testOrder = testOrder;
        this.holder = holder;
        this.email = email;
        this.maskedPan = maskedPan;
        this.created = created;
        this.status = status;
        this.approveStatus = approveStatus;
    }

    /** The order object of the REST API (the fields this simulator keeps; the currency in lower case, as 2Checkout does). */
    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("RefNo", refNo)
                .add("OrderNo", orderNo)
                .add("ExternalReference", externalReference)
                .add("Status", status)
                .add("ApproveStatus", approveStatus)
                .add("VendorApproveStatus", approveStatus)
                .add("OrderDate", API_DATE.format(created))
                .add("FinishDate", finished == null ? "" : API_DATE.format(finished))
                .add("Currency", currency.toLowerCase(Locale.ROOT))
                .add("GrossPrice", amount)
                .add("NetPrice", amount)
                .add("TestOrder", testOrder)
                .add(
                        "Items",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add(
                                                "ProductDetails",
                                                Json.createObjectBuilder().add("Name", productName))
                                        .add("Quantity", 1)
                                        .add("Price", Json.createObjectBuilder().add("GrossPrice", amount))))
                .add(
                        "BillingDetails",
                        Json.createObjectBuilder()
                                .add("FirstName", firstName())
                                .add("LastName", lastName())
                                .add("Email", email == null ? "" : email))
                .add(
                        "PaymentDetails",
                        Json.createObjectBuilder()
                                .add("Type", testOrder ? "TEST" : "CC")
                                .add("Currency", currency.toLowerCase(Locale.ROOT))
                                .add(
                                        "PaymentMethod",
                                        Json.createObjectBuilder()
                                                .add("LastDigits", maskedPan.substring(maskedPan.length() - 4))))
                .build();
    }

    String firstName() {
        String h = holder == null ? "" : holder.trim();
        int space = h.indexOf(' ');
        return space < 0 ? h : h.substring(0, space);
    }

    String lastName() {
        String h = holder == null ? "" : holder.trim();
        int space = h.indexOf(' ');
        return space < 0 ? "" : h.substring(space + 1).trim();
    }
}
