package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.param.soap.DTTemp;
import dev.vpos.gateway.param.soap.STIzlemeSonuc;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code TP_Islem_Izleme}, Param's transactions of a period, as one order's itemized history. {@code DT_Bilgi} is
 * a .NET DataSet: its diffgram's {@code Temp} rows are the transactions; the rows whose {@code ORJ_ORDER_ID} is the
 * order's are its lines, in the bank's order. {@code Tip_Str} Satış → SALE, İptal → VOID, İade → REFUND (Param's);
 * Ön Provizyon → PRE_AUTH, Ön Provizyon Kapama → CAPTURE (not published: the simulator's names); any other type makes
 * the history unusable rather than guessed. {@code Sonuc} &gt; 0 is a booked transaction, otherwise a refused one;
 * {@code Tutar} has a decimal comma and is negative for a cancel or refund (read as its size); {@code PB} {@code TL}
 * is Turkish lira.
 */
final class ParamHistoryReading {

    static final DateTimeFormatter PARAM_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter LENIENT_TIME = DateTimeFormatter.ofPattern("d.M.yyyy H:mm:ss");
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private ParamHistoryReading() {}

    static OrderHistory read(BankReply<STIzlemeSonuc> reply, HistoryInquiry inquiry) {
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        STIzlemeSonuc a = reply.get();
        if (ParamAnswer.number(a.getSonuc()) <= 0) {
            return reply.notAnswered("the bank refused the history: " + a.getSonuc() + " " + a.getSonucStr());
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (Map<String, String> row : rows(a)) {
            if (!inquiry.bankOrderId().equals(row.getOrDefault("ORJ_ORDER_ID", ""))) {
                continue;
            }
            String type = row.getOrDefault("Tip_Str", "");
            Optional<HistoryKind> kind = kind(type);
            if (kind.isEmpty()) {
                return reply.notAnswered("history lists a transaction of type '" + type + "'");
            }
            boolean booked = ParamAnswer.number(row.get("Sonuc")) > 0;
            Optional<BigDecimal> amount = ParamFormats.readAmount(row.get("Tutar"));
            String currency = currency(row.getOrDefault("PB", ""), inquiry);
            if (booked && amount.isEmpty()) {
                return reply.notAnswered("history line without a readable Tutar: " + row.get("Tutar"));
            }
            String id = row.getOrDefault("Dekont_ID", "");
            lines.add(new OrderHistory.Line(
                    kind.get(),
                    type,
                    booked ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                    amount.map(v -> Money.of(v.abs().setScale(2, RoundingMode.HALF_UP), currency))
                            .orElse(null),
                    null,
                    row.getOrDefault("Sonuc", ""),
                    null,
                    null,
                    id.isEmpty() || "0".equals(id) ? row.get("SanalPOS_Islem_ID") : id,
                    time(row.get("Tarih"))));
        }
        return OrderHistory.of(lines, true, inquiry.currency(), reply.exchange());
    }

    static Optional<HistoryKind> kind(String tipStr) {
        return Optional.ofNullable(
                switch (tipStr.trim()) {
                    case "Satış", "Satis" -> HistoryKind.SALE;
                    case "İptal", "Iptal" -> HistoryKind.VOID;
                    case "İade", "Iade" -> HistoryKind.REFUND;
                    case "Ön Provizyon", "On Provizyon" -> HistoryKind.PRE_AUTH;
                    case "Ön Provizyon Kapama", "On Provizyon Kapama" -> HistoryKind.CAPTURE;
                    default -> null;
                });
    }

    /** {@code PB}: {@code TL}/{@code TRY} lira, otherwise the ISO code; empty is the order's currency. */
    private static String currency(String pb, HistoryInquiry inquiry) {
        String p = pb.trim();
        if (p.isEmpty()) {
            return inquiry.currency().getCurrencyCode();
        }
        return "TL".equals(p) ? "TRY" : p;
    }

    /** The DataSet's rows ({@code diffgram/NewDataSet/Temp}), their fields by name. */
    static List<Map<String, String>> rows(STIzlemeSonuc a) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (a.getDTBilgi() == null
                || a.getDTBilgi().getDiffgram() == null
                || a.getDTBilgi().getDiffgram().getNewDataSet() == null) {
            return rows;
        }
        for (DTTemp t : a.getDTBilgi().getDiffgram().getNewDataSet().getTemp()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("SanalPOS_Islem_ID", text(t.getSanalPOSIslemID()));
            row.put("Sonuc", text(t.getSonuc()));
            row.put("Sonuc_Str", text(t.getSonucStr()));
            row.put("Tip_Str", text(t.getTipStr()));
            row.put("Tarih", text(t.getTarih()));
            row.put("Tutar", text(t.getTutar()));
            row.put("Dekont_ID", text(t.getDekontID()));
            row.put("ORJ_ORDER_ID", text(t.getORJORDERID()));
            row.put("PB", text(t.getPB()));
            rows.add(row);
        }
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }

    /** The day of the order as Param's status gives it ({@code DT_Bilgi.Tarih}); empty when it gives none. */
    static Optional<java.time.LocalDate> orderDay(dev.vpos.gateway.param.soap.STSorgulama4Sonuc a, String orderId) {
        if (ParamAnswer.number(a.getSonuc()) <= 0
                || a.getDTBilgi() == null
                || !orderId.equals(String.valueOf(a.getDTBilgi().getSiparisID()).trim())) {
            return Optional.empty();
        }
        return Optional.ofNullable(time(a.getDTBilgi().getTarih())).map(OffsetDateTime::toLocalDate);
    }

    static OffsetDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), LENIENT_TIME)
                    .atZone(ISTANBUL)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
