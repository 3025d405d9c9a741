package dev.vpos.simulator.tosla;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.tosla.ToslaMerchants.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code inquiry} and {@code history}, read from the ledger (and, for a 3-D order not booked yet, its session). An
 * order the bank does not know answers {@code Code 0} with every field empty ({@code TransactionType 0}), as the real
 * API does. {@code RequestStatus}: 0 failed or waiting, 1 completed, 2 cancelled, 3 partly refunded, 4 fully refunded,
 * 5 pre-authorisation captured. The history lists every transaction of the order, oldest first, when
 * {@code transactionDate} (an integer {@code yyyyMMdd}) is the order's day; another day lists nothing.
 */
final class ToslaInquiries {

    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final ToslaBooking booking;
    private final ToslaSessions sessions;
    private final ZoneId bankZone;

    ToslaInquiries(ToslaBooking booking, ToslaSessions sessions, ZoneId bankZone) {
        this.booking = booking;
        this.sessions = sessions;
        this.bankZone = bankZone;
    }

    JsonObject inquiry(Merchant m, String orderId) {
        List<LedgerEntry> entries = booking.entries(m.clientId(), orderId);
        LedgerOrder order = booking.order(m.clientId(), orderId);
        Optional<LedgerEntry> authorization = order.authorization()
                .or(() ->
                        entries.stream().filter(e -> e.type().isAuthorization()).findFirst());
        if (authorization.isEmpty()) {
            return sessions.latest(m.clientId(), orderId).map(this::waiting).orElseGet(ToslaInquiries::unknownOrder);
        }
        LedgerEntry a = authorization.get();
        JsonObjectBuilder b = row(a, a.type() == LedgerType.PRE_AUTH ? "2" : "1", a.amount(), status(order, a));
        b.add("RefundedAmount", minor(order.refunded()));
        b.add("PostAuthedAmount", a.type() == LedgerType.PRE_AUTH ? minor(order.captured()) : 0);
        return b.add("Code", ToslaReplies.OK).add("Message", "").build();
    }

    JsonObject history(Merchant m, ToslaRequest r) throws ToslaRequest.NotAnInteger {
        Optional<Long> day = r.integer("transactionDate");
        r.integer("page");
        r.integer("pageSize");
        if (day.isEmpty()) {
            return ToslaReplies.refused(ToslaReplies.VALIDATION, null, "The transactionDate field is required.");
        }
        List<LedgerEntry> oldestFirst = new ArrayList<>(booking.entries(m.clientId(), r.text("orderId")));
        java.util.Collections.reverse(oldestFirst);
        LedgerOrder order = booking.order(m.clientId(), r.text("orderId"));
        JsonArrayBuilder items = Json.createArrayBuilder();
        int count = 0;
        boolean sameDay = !oldestFirst.isEmpty()
                && oldestFirst
                        .get(0)
                        .timestamp()
                        .atZoneSameInstant(bankZone)
                        .format(DAY)
                        .equals(Long.toString(day.get()));
        for (LedgerEntry e : sameDay ? oldestFirst : List.<LedgerEntry>of()) {
            JsonObjectBuilder b = row(
                    e,
                    type(e.type()),
                    e.amount(),
                    order.authorization().map(a -> status(order, a)).orElse(0));
            items.add(b.add("Code", ToslaReplies.OK).add("Message", "Success"));
            count++;
        }
        return Json.createObjectBuilder()
                .add("Count", count)
                .add("Transactions", items)
                .add("Code", ToslaReplies.OK)
                .add("Message", "Başarılı")
                .build();
    }

    private JsonObjectBuilder row(LedgerEntry e, String type, BigDecimal amount, int status) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("TransactionType", Integer.parseInt(type))
                .add("CreateDate", e.timestamp().atZoneSameInstant(bankZone).format(CREATE_DATE))
                .add("OrderId", e.orderId());
        ToslaReplies.text(b, "BankResponseCode", e.resultCode());
        ToslaReplies.text(b, "BankResponseMessage", ToslaOutcomes.MESSAGES.get(e.resultCode()));
        ToslaReplies.text(b, "AuthCode", e.authCode());
        ToslaReplies.text(b, "HostReferenceNumber", e.hostRefNum());
        return b.add("Amount", minor(amount))
                .add("Currency", Integer.parseInt(e.currency()))
                .add("InstallmentCount", e.installments() > 1 ? e.installments() : 0)
                .add("CardNo", e.maskedPan())
                .add("RequestStatus", status)
                .add("TransactionId", e.transId());
    }

    private JsonObject waiting(ToslaSession s) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("TransactionType", Integer.parseInt(s.transactionType()))
                .add("CreateDate", s.created.atZone(bankZone).format(CREATE_DATE))
                .add("OrderId", s.orderId);
        ToslaReplies.text(b, "BankResponseCode", s.bankCode());
        return b.addNull("BankResponseMessage")
                .addNull("AuthCode")
                .addNull("HostReferenceNumber")
                .add("Amount", s.minorUnits)
                .add("Currency", Integer.parseInt(s.currency))
                .add("InstallmentCount", s.installmentCount)
                .add("CardNo", s.maskedPan())
                .add("RequestStatus", 0)
                .add("RefundedAmount", 0)
                .add("PostAuthedAmount", 0)
                .add("TransactionId", 0)
                .add("Code", ToslaReplies.OK)
                .add("Message", "")
                .build();
    }

    private static JsonObject unknownOrder() {
        return Json.createObjectBuilder()
                .add("TransactionType", 0)
                .addNull("CreateDate")
                .addNull("OrderId")
                .addNull("BankResponseCode")
                .addNull("BankResponseMessage")
                .addNull("AuthCode")
                .addNull("HostReferenceNumber")
                .add("Amount", 0)
                .add("Currency", 0)
                .add("InstallmentCount", 0)
                .add("ClientId", 0)
                .addNull("CardNo")
                .add("RequestStatus", 0)
                .add("RefundedAmount", 0)
                .add("PostAuthedAmount", 0)
                .add("TransactionId", 0)
                .add("Code", ToslaReplies.OK)
                .add("Message", "")
                .build();
    }

    private static int status(LedgerOrder order, LedgerEntry authorization) {
        if (!authorization.isApproved()) {
            return 0;
        }
        if (order.voided()) {
            return 2;
        }
        if (order.refunded().signum() > 0) {
            return order.refundable().signum() == 0 ? 4 : 3;
        }
        return authorization.type() == LedgerType.PRE_AUTH && order.captured().signum() > 0 ? 5 : 1;
    }

    private static String type(LedgerType t) {
        return switch (t) {
            case SALE -> "1";
            case PRE_AUTH -> "2";
            case POST_AUTH -> "3";
            case VOID -> "4";
            case REFUND -> "5";
        };
    }

    private static long minor(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
