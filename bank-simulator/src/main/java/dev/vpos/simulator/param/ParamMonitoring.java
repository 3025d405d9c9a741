package dev.vpos.simulator.param;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.param.ParamSoap.Call;
import dev.vpos.simulator.param.ParamSoap.Raw;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code TP_Islem_Izleme}: the merchant's transactions between {@code Tarih_Bas} and {@code Tarih_Bit} (both required,
 * {@code dd.MM.yyyy HH:mm:ss} exactly, Istanbul time, start not after end), answered from the ledger, newest first, as
 * a .NET DataSet ({@code DT_Bilgi}: an inline schema and a diffgram of {@code Temp} rows). The optional filters are the
 * simulator's choice (Param's values are not published): {@code Islem_Tip} one of the {@code Tip_Str} names,
 * {@code Islem_Durum} {@code 1} (succeeded) or {@code 0} (failed); anything else is refused.
 */
final class ParamMonitoring {

    static final String[] ROW = {
        "SanalPOS_Islem_ID",
        "Sonuc",
        "Sonuc_Str",
        "Tip_Str",
        "Tarih",
        "Taksit",
        "Tutar",
        "Dekont_ID",
        "ORJ_ORDER_ID",
        "PB"
    };
    private static final DateTimeFormatter PARAM_TIME =
            DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final Ledger ledger;
    private final Clock clock;

    ParamMonitoring(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Param's name of a ledger entry's kind ({@code Tip_Str}); the pre-authorisation ones are the simulator's. */
    static String typeName(LedgerType type) {
        return switch (type) {
            case SALE -> "Satış";
            case PRE_AUTH -> "Ön Provizyon";
            case POST_AUTH -> "Ön Provizyon Kapama";
            case VOID -> "İptal";
            case REFUND -> "İade";
        };
    }

    /** The answer for a merchant whose credentials held. */
    Map<String, Object> answer(Call call, String clientCode) {
        Optional<LocalDateTime> from = time(call.field("Tarih_Bas"));
        if (from.isEmpty()) {
            return refusal("-1", "Tarih_Bas formatı geçersiz (dd.MM.yyyy HH:mm:ss)");
        }
        Optional<LocalDateTime> to = time(call.field("Tarih_Bit"));
        if (to.isEmpty()) {
            return refusal("-1", "Tarih_Bit formatı geçersiz (dd.MM.yyyy HH:mm:ss)");
        }
        if (from.get().isAfter(to.get())) {
            return refusal("-1", "Tarih_Bas, Tarih_Bit'ten sonra olamaz");
        }
        String type = blankToEmpty(call.field("Islem_Tip"));
        if (!type.isEmpty()
                && List.of(LedgerType.values()).stream()
                        .map(ParamMonitoring::typeName)
                        .noneMatch(type::equals)) {
            return refusal("-1", "Islem_Tip geçersiz");
        }
        String state = blankToEmpty(call.field("Islem_Durum"));
        if (!state.isEmpty() && !state.equals("1") && !state.equals("0")) {
            return refusal("-1", "Islem_Durum geçersiz");
        }
        ZoneId zone = clock.getZone();
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (LedgerEntry e : ledger.newestFirst(Optional.empty())) {
            LocalDateTime at = e.timestamp().atZoneSameInstant(zone).toLocalDateTime();
            if (!e.family().equals(ParamBank.FAMILY)
                    || !e.clientId().equals(clientCode)
                    || at.isBefore(from.get())
                    || at.isAfter(to.get())
                    || (!type.isEmpty() && !type.equals(typeName(e.type())))
                    || (!state.isEmpty() && state.equals("1") != e.isApproved())) {
                continue;
            }
            rows.append("<Temp diffgr:id=\"Temp")
                    .append(n + 1)
                    .append("\" msdata:rowOrder=\"")
                    .append(n)
                    .append("\">");
            row(e, at).forEach((k, v) -> {
                rows.append('<').append(k).append('>');
                ParamSoap.escape(v, rows);
                rows.append("</").append(k).append('>');
            });
            rows.append("</Temp>");
            n++;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(
                "DT_Bilgi",
                new Raw(schema() + "<diffgr:diffgram xmlns:msdata=\"urn:schemas-microsoft-com:xml-msdata\""
                        + " xmlns:diffgr=\"urn:schemas-microsoft-com:xml-diffgram-v1\"><NewDataSet xmlns=\"\">" + rows
                        + "</NewDataSet></diffgr:diffgram>"));
        r.put("Sonuc", "1");
        r.put("Sonuc_Str", "Başarılı");
        return r;
    }

    private static Map<String, String> row(LedgerEntry e, LocalDateTime at) {
        boolean approved = e.isApproved();
        boolean givenBack = e.type() == LedgerType.VOID || e.type() == LedgerType.REFUND;
        String amount = e.amount().setScale(2).toPlainString().replace('.', ',');
        Map<String, String> r = new LinkedHashMap<>();
        r.put("SanalPOS_Islem_ID", e.transId());
        r.put("Sonuc", approved ? "1" : "-1");
        r.put("Sonuc_Str", approved ? "Başarılı" : ParamOutcomes.message(e.resultCode()));
        r.put("Tip_Str", typeName(e.type()));
        r.put("Tarih", at.format(PARAM_TIME));
        r.put("Taksit", Integer.toString(e.installments()));
        r.put("Tutar", givenBack ? "-" + amount : amount);
        r.put("Dekont_ID", approved ? e.transId() : "0");
        r.put("ORJ_ORDER_ID", e.orderId());
        r.put("PB", "TRY".equals(e.currency()) ? "TL" : e.currency());
        return r;
    }

    private static String schema() {
        StringBuilder s = new StringBuilder("<xs:schema id=\"NewDataSet\" xmlns=\"\""
                + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:msdata=\"urn:schemas-microsoft-com:xml-msdata\">"
                + "<xs:element name=\"NewDataSet\" msdata:IsDataSet=\"true\" msdata:UseCurrentLocale=\"true\">"
                + "<xs:complexType><xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\"><xs:element name=\"Temp\">"
                + "<xs:complexType><xs:sequence>");
        for (String f : ROW) {
            s.append("<xs:element name=\"").append(f).append("\" type=\"xs:string\" minOccurs=\"0\"/>");
        }
        return s.append("</xs:sequence></xs:complexType></xs:element></xs:choice></xs:complexType></xs:element>")
                .append("</xs:schema>")
                .toString();
    }

    private static Optional<LocalDateTime> time(String text) {
        if (text == null || !text.matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, PARAM_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    static Map<String, Object> refusal(String sonuc, String text) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("DT_Bilgi", "");
        r.put("Sonuc", sonuc);
        r.put("Sonuc_Str", text);
        return r;
    }
}
