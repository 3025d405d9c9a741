package dev.vpos.gateway.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.BankLedgerFaults;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Param adapter, through CXF's generated JAX-WS client, against the simulator's Param core: non-3D operations. */
class ParamGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CLIENT = "10738";

    private final ParamSimulatedBank sim = new ParamSimulatedBank();
    private final ParamSoapClient soap = new ParamSoapClient();
    private final ParamGateway gateway = new ParamGateway(soap);
    private final GatewayAccount account = sim.account();

    @AfterEach
    void stop() {
        soap.shutdown();
        sim.close();
    }

    static String orderId() {
        StringBuilder id = new StringBuilder("VP261207");
        while (id.length() < 20) {
            id.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(RANDOM.nextInt(36)));
        }
        return id.toString();
    }

    static SaleInstruction sale(String orderId, String amount, String pan) {
        return new SaleInstruction(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "127.0.0.1",
                "payer@example.com");
    }

    static FollowUp followUp(String orderId, String amount, String original, Map<String, String> references) {
        return new FollowUp(orderId, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, references);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("PARAM", CLIENT, orderId);
    }

    private static String declined(GatewayResult r) {
        assertEquals(
                GatewayOutcome.DECLINED,
                r.outcome(),
                r.bankMessage() + " " + r.exchange().failure());
        assertNull(r.authCode());
        return r.bankCode();
    }

    @Test
    void theSimulatorServesTheWsdlTheClientWasGeneratedFrom() throws Exception {
        byte[] ours;
        try (InputStream in = getClass().getResourceAsStream("/param/turkpos.wsdl")) {
            ours = in.readAllBytes();
        }
        byte[] source = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/main/wsdl/param/turkpos.wsdl"));
        assertEquals(new String(source), new String(ours), "the simulator's classpath copy is the adapter's WSDL");
    }

    @Test
    void anApprovedSaleCarriesTheBanksCodesAsTheLedgerHasThemAndLogsNoCardOrSecret() {
        String id = orderId();
        GatewayResult r = gateway.sale(sale(id, "100.25", "4355084355084358"), account);

        assertEquals(
                GatewayOutcome.APPROVED,
                r.outcome(),
                r.bankMessage() + " " + r.exchange().failure());
        assertEquals("1", r.bankCode());
        LedgerEntry booked = ledger(id).get(0);
        assertEquals(new BigDecimal("100.25"), booked.amount());
        assertEquals(LedgerType.SALE, booked.type());
        assertEquals(booked.authCode(), r.authCode());
        assertEquals(booked.hostRefNum(), r.hostRefNum());
        assertEquals(booked.transId(), r.transId());
        String logged = r.exchange().maskedRequest();
        assertTrue(logged.contains("TP_WMD_UCD") && logged.contains(">435508******4358</"), logged);
        assertTrue(logged.contains(">100,25</") && logged.contains("KK_CVC>***</"), logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains(ParamSimulatedBank.GUID), logged);
        assertTrue(
                r.exchange().maskedResponse().contains("TP_WMD_UCDResult"),
                r.exchange().maskedResponse());
    }

    @Test
    void declinesCarryTheHostCode() {
        assertEquals("51", declined(gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account)));
        assertEquals("05", declined(gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account)));
        assertEquals("41", declined(gateway.sale(sale(orderId(), "10.41", "4355084355084358"), account)));
        assertEquals("54", declined(gateway.sale(sale(orderId(), "10.00", "4508034508034509"), account)));
    }

    @Test
    void wrongCredentialsAreParamsCodesAndTheConnectionCheckSaysSo() {
        GatewayAccount wrong =
                ParamSimulatedBank.account(sim.endpoint(), Duration.ofSeconds(5), "nope", ParamSimulatedBank.GUID);
        String id = orderId();
        assertEquals("-100", declined(gateway.sale(sale(id, "10.00", "4355084355084358"), wrong)));
        GatewayAccount otherGuid = ParamSimulatedBank.account(
                sim.endpoint(), Duration.ofSeconds(5), "Test", "11111111-2222-3333-4444-555555555555");
        assertEquals("-101", declined(gateway.sale(sale(id, "10.00", "4355084355084358"), otherGuid)));
        assertTrue(ledger(id).isEmpty(), "a refused request is not processed");

        ConnectionCheck bad = gateway.testConnection(wrong);
        assertTrue(bad.reachable());
        assertFalse(bad.credentialsAccepted());
        ConnectionCheck good = gateway.testConnection(account);
        assertTrue(good.reachable() && good.credentialsAccepted(), good.detail());
    }

    /** The simulator refuses what Param refuses, with Param's codes: a raw envelope with one field wrong each time. */
    @Test
    void theSimulatorChecksTheHashAndEveryFieldAsParamDoes() throws Exception {
        String id = orderId();
        String amount = "10,00";
        String hash = ParamHash.sale("10738", ParamSimulatedBank.GUID, "1", amount, id);
        Map<String, String> good = new java.util.LinkedHashMap<>();
        good.put("KK_Sahibi", "Ayse Yilmaz");
        good.put("KK_No", "4355084355084358");
        good.put("KK_SK_Ay", "12");
        good.put("KK_SK_Yil", "2030");
        good.put("KK_CVC", "123");
        good.put("KK_Sahibi_GSM", "");
        good.put("Siparis_ID", id);
        good.put("Taksit", "1");
        good.put("Islem_Tutar", amount);
        good.put("Toplam_Tutar", amount);
        good.put("Islem_Hash", hash);
        good.put("Islem_Guvenlik_Tip", "NS");
        good.put("Islem_ID", "ABC");
        good.put("IPAdr", "127.0.0.1");
        assertEquals("-102", sonuc(with(good, "Islem_Hash", "AAAA")));
        assertEquals("-102", sonuc(without(good, "Islem_Hash")));
        assertEquals("-112", sonuc(with(good, "Islem_Tutar", "10.00")));
        assertEquals("-108", sonuc(without(good, "KK_Sahibi_GSM")));
        assertEquals("-121", sonuc(without(good, "KK_Sahibi")));
        assertEquals("-119", sonuc(with(good, "KK_No", "4355084355084359")));
        assertEquals("-105", sonuc(with(good, "KK_CVC", "12")));
        assertEquals("-110", sonuc(with(good, "Taksit", "13")));
        assertEquals("-111", sonuc(with(good, "IPAdr", "localhost")));
        assertTrue(ledger(id).isEmpty());
        assertEquals("1", sonuc(good));
        assertEquals(1, ledger(id).size());
        assertEquals(ParamBank_ORDER_ID_USED, sonuc(good), "an order id approved before");
    }

    private static final String ParamBank_ORDER_ID_USED = "-99";

    private static Map<String, String> with(Map<String, String> f, String name, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(f);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> f, String name) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(f);
        copy.remove(name);
        return copy;
    }

    private String sonuc(Map<String, String> fields) throws Exception {
        return sonuc(raw("TP_WMD_UCD", fields));
    }

    private static String sonuc(String body) {
        return body.replaceAll("(?s).*<Sonuc>([^<]*)</Sonuc>.*", "$1");
    }

    /** The simulator's answer to a hand-written envelope of {@code operation} for merchant 10738. */
    private String raw(String operation, Map<String, String> fields) throws Exception {
        StringBuilder x = new StringBuilder("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Body><" + operation + " xmlns=\"https://turkpos.com.tr/\"><G><CLIENT_CODE>10738</CLIENT_CODE>"
                + "<CLIENT_USERNAME>Test</CLIENT_USERNAME><CLIENT_PASSWORD>Test</CLIENT_PASSWORD></G><GUID>"
                + ParamSimulatedBank.GUID + "</GUID>");
        fields.forEach((k, v) -> x.append('<')
                .append(k)
                .append('>')
                .append(v)
                .append("</")
                .append(k)
                .append('>'));
        x.append("</" + operation + "></soap:Body></soap:Envelope>");
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(sim.endpoint())
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .header("SOAPAction", "\"https://turkpos.com.tr/" + operation + "\"")
                                .POST(HttpRequest.BodyPublishers.ofString(x.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static SaleInstruction saleIn(String orderId, String amount, String currency, String pan) {
        return new SaleInstruction(
                orderId,
                Money.of(amount, currency),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "127.0.0.1",
                "payer@example.com");
    }

    @Test
    void foreignCurrencySalesGoThroughTpIslemOdemeWdAndTheBankBooksTheirCurrency() throws Exception {
        String id = orderId();
        GatewayResult usd = gateway.sale(saleIn(id, "25.50", "USD", "4355084355084358"), account);
        assertTrue(usd.approved(), usd.bankMessage() + " " + usd.exchange().failure());
        LedgerEntry booked = ledger(id).get(0);
        assertEquals("USD", booked.currency());
        assertEquals(new BigDecimal("25.50"), booked.amount());
        assertEquals(booked.transId(), usd.transId());
        String sent = usd.exchange().maskedRequest();
        assertTrue(sent.contains("TP_Islem_Odeme_WD") && sent.contains("Doviz_Kodu>1001</"), sent);
        assertTrue(sent.contains("Islem_Tutar>25,50</"), sent);
        assertFalse(sent.contains("4355084355084358") || sent.contains(">123<"), sent);

        String euro = orderId();
        assertTrue(gateway.sale(saleIn(euro, "5.00", "EUR", "4355084355084358"), account)
                .approved());
        assertEquals("EUR", ledger(euro).get(0).currency());
        String pound = orderId();
        assertTrue(gateway.sale(saleIn(pound, "7.25", "GBP", "4355084355084358"), account)
                .approved());
        assertEquals("GBP", ledger(pound).get(0).currency());
        assertEquals("51", declined(gateway.sale(saleIn(orderId(), "10.00", "USD", "4546711234567894"), account)));

        String yen = orderId();
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(saleIn(yen, "10.00", "CHF", "4355084355084358"), account)
                        .outcome());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.preAuthorize(saleIn(yen, "10.00", "USD", "4355084355084358"), account)
                        .outcome());
        assertTrue(ledger(yen).isEmpty());

        assertEquals(GatewayOutcome.APPROVED, gateway.status(id, account).outcome());
        OrderHistory history = gateway.history(HistoryInquiry.of(id, Currency.getInstance("USD")), account);
        assertTrue(history.answered(), String.valueOf(history.exchange().failure()));
        assertEquals("USD", history.lines().get(0).amount().currencyCode());
        assertEquals("25.50", history.lines().get(0).amount().amount().toPlainString());

        // the simulator's own checks of TP_Islem_Odeme_WD
        String raw = orderId();
        Map<String, String> good = new java.util.LinkedHashMap<>();
        good.put("Doviz_Kodu", "1001");
        good.put("KK_Sahibi", "");
        good.put("KK_No", "4355084355084358");
        good.put("KK_SK_Ay", "12");
        good.put("KK_SK_Yil", "2030");
        good.put("KK_CVC", "123");
        good.put("KK_Sahibi_GSM", "");
        good.put("Hata_URL", "");
        good.put("Basarili_URL", "");
        good.put("Siparis_ID", raw);
        good.put("Taksit", "1");
        good.put("Islem_Tutar", "3,00");
        good.put("Toplam_Tutar", "3,00");
        good.put("Islem_Hash", ParamHash.preAuthorization("10738", ParamSimulatedBank.GUID, "3,00", raw, "", ""));
        good.put("Islem_Guvenlik_Tip", "NS");
        good.put("Islem_ID", "ABC");
        good.put("IPAdr", "127.0.0.1");
        assertEquals("-1", sonuc(raw("TP_Islem_Odeme_WD", with(good, "Doviz_Kodu", "999"))), "unknown currency");
        assertEquals("-1", sonuc(raw("TP_Islem_Odeme_WD", with(good, "Doviz_Kodu", "1000"))), "lira is TP_WMD_UCD's");
        assertEquals(
                "-102",
                sonuc(raw(
                        "TP_Islem_Odeme_WD",
                        with(good, "Islem_Hash", ParamHash.sale("10738", ParamSimulatedBank.GUID, "1", "3,00", raw)))),
                "TP_WMD_UCD's hash is not TP_Islem_Odeme_WD's");
        assertTrue(ledger(raw).isEmpty());
        String answer = raw("TP_Islem_Odeme_WD", good);
        assertEquals("1", sonuc(answer));
        assertTrue(answer.contains("<UCD_URL>NONSECURE</UCD_URL>"), answer);
        assertEquals("USD", ledger(raw).get(0).currency());
    }

    @Test
    void historyIsTheOrdersRowsOfParamsTransactionListOfThePeriod() throws Exception {
        String id = orderId();
        assertTrue(gateway.sale(sale(id, "80.00", "4355084355084358"), account).approved());
        String other = orderId();
        assertTrue(
                gateway.sale(sale(other, "12.00", "4355084355084358"), account).approved());
        assertTrue(gateway.voidTransaction(followUp(id, "80.00", "80.00", Map.of()), account)
                .approved());
        OrderHistory history = gateway.history(HistoryInquiry.of(id, TRY), account);
        assertTrue(history.answered(), String.valueOf(history.exchange().failure()));
        assertEquals(
                List.of(HistoryKind.VOID, HistoryKind.SALE),
                history.lines().stream().map(OrderHistory.Line::kind).toList(),
                "the other order's sale is not this order's");
        assertEquals(
                List.of("80.00", "80.00"),
                history.lines().stream()
                        .map(l -> l.amount().amount().toPlainString())
                        .toList(),
                "the cancel's negative Tutar is read as its size");
        assertEquals("İptal", history.lines().get(0).bankType());
        String sent = history.exchange().maskedRequest();
        assertTrue(sent.contains("TP_Islem_Sorgulama4") && sent.contains("TP_Islem_Izleme"), sent);
        assertFalse(sent.contains("<CLIENT_PASSWORD>Test<") || sent.contains("0c13d406-873b"), "masked: " + sent);

        String declined = orderId();
        gateway.sale(sale(declined, "10.00", "4546711234567894"), account);
        OrderHistory refused = gateway.history(HistoryInquiry.of(declined, TRY), account);
        assertEquals(1, refused.lines().size());
        assertEquals(GatewayOutcome.DECLINED, refused.lines().get(0).outcome());

        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), TRY), account);
        assertTrue(none.answered() && none.itemized() && none.lines().isEmpty());

        // the simulator's TP_Islem_Izleme itself: the period strictly, the filters, the credentials
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Istanbul"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Map<String, String> period = new java.util.LinkedHashMap<>();
        period.put("Tarih_Bas", today + " 00:00:00");
        period.put("Tarih_Bit", today + " 23:59:59");
        String all = raw("TP_Islem_Izleme", period);
        assertEquals("1", sonuc(all));
        assertTrue(all.contains("<ORJ_ORDER_ID>" + other + "</ORJ_ORDER_ID>"), all);
        assertTrue(all.contains("<Tutar>-80,00</Tutar>") && all.contains("<PB>TL</PB>"), all);
        assertTrue(all.contains("diffgr:diffgram") && all.contains("<xs:schema"), all);
        assertEquals("-1", sonuc(raw("TP_Islem_Izleme", with(period, "Tarih_Bas", today))), "no time");
        assertEquals("-1", sonuc(raw("TP_Islem_Izleme", with(period, "Tarih_Bas", "2026-12-07 00:00:00"))));
        assertEquals("-1", sonuc(raw("TP_Islem_Izleme", with(period, "Tarih_Bit", "31.02.2026 00:00:00"))));
        assertEquals("-1", sonuc(raw("TP_Islem_Izleme", without(period, "Tarih_Bit"))));
        assertEquals(
                "-1",
                sonuc(raw(
                        "TP_Islem_Izleme",
                        with(period, "Tarih_Bas", today + " 23:59:59").entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        Map.Entry::getKey,
                                        e -> e.getKey().equals("Tarih_Bit") ? today + " 00:00:00" : e.getValue(),
                                        (x, y) -> x,
                                        java.util.LinkedHashMap::new)))),
                "start after end");
        assertEquals("-1", sonuc(raw("TP_Islem_Izleme", with(period, "Islem_Durum", "OK"))));
        assertEquals("-1", sonuc(raw("TP_Islem_Izleme", with(period, "Islem_Tip", "Sale"))));
        String failedOnly = raw("TP_Islem_Izleme", with(period, "Islem_Durum", "0"));
        assertTrue(failedOnly.contains(declined) && !failedOnly.contains(other), failedOnly);
        String cancelsOnly = raw("TP_Islem_Izleme", with(period, "Islem_Tip", "İptal"));
        assertTrue(cancelsOnly.contains(id) && !cancelsOnly.contains(other), cancelsOnly);
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Istanbul"))
                .minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String before = raw(
                "TP_Islem_Izleme",
                with(with(period, "Tarih_Bas", yesterday + " 00:00:00"), "Tarih_Bit", yesterday + " 23:59:59"));
        assertEquals("1", sonuc(before));
        assertFalse(before.contains("<Temp "), "nothing happened yesterday: " + before);
        assertEquals("-101", sonuc(rawAs("7d2a6f0e-4c1b-4e3a-9f21-5b8c0d6e1a77", period)), "another merchant's GUID");
    }

    private String rawAs(String guid, Map<String, String> fields) throws Exception {
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<TP_Islem_Izleme xmlns=\"https://turkpos.com.tr/\"><G><CLIENT_CODE>10738</CLIENT_CODE>"
                + "<CLIENT_USERNAME>Test</CLIENT_USERNAME><CLIENT_PASSWORD>Test</CLIENT_PASSWORD></G><GUID>" + guid
                + "</GUID><Tarih_Bas>" + fields.get("Tarih_Bas") + "</Tarih_Bas><Tarih_Bit>" + fields.get("Tarih_Bit")
                + "</Tarih_Bit></TP_Islem_Izleme></soap:Body></soap:Envelope>";
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(sim.endpoint())
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void cancelTakesBackTheWholeSaleOnItsDayOnly() {
        String id = orderId();
        assertTrue(gateway.sale(sale(id, "80.00", "4355084355084358"), account).approved());

        GatewayResult voided = gateway.voidTransaction(followUp(id, "80.00", "80.00", Map.of()), account);
        assertTrue(voided.approved(), voided.bankMessage());
        assertEquals(LedgerType.VOID, ledger(id).get(0).type());
        assertEquals(new BigDecimal("80.00"), ledger(id).get(0).amount());
        assertEquals("-211", declined(gateway.voidTransaction(followUp(id, "80.00", "80.00", Map.of()), account)));
        assertEquals(2, ledger(id).size());
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(id, account).outcome(), "a cancelled order: a person");
    }

    @Test
    void refundsWaitForTheDayEndThenGiveBackPartsUpToTheSale() {
        String id = orderId();
        assertTrue(gateway.sale(sale(id, "300.00", "4355084355084358"), account).approved());
        assertEquals("-1", declined(gateway.refund(followUp(id, "100.00", "300.00", Map.of()), account)));

        sim.ledger.closeBatch("PARAM");
        assertTrue(gateway.refund(followUp(id, "120.00", "300.00", Map.of()), account)
                .approved());
        GatewayResult tooMuch = gateway.refund(followUp(id, "180.01", "300.00", Map.of()), account);
        assertEquals("-1", declined(tooMuch));
        assertTrue(gateway.refund(followUp(id, "180.00", "300.00", Map.of()), account)
                .approved());
        assertEquals(
                List.of(LedgerType.REFUND, LedgerType.REFUND, LedgerType.SALE),
                ledger(id).stream().map(LedgerEntry::type).toList());
        assertEquals("-1", declined(gateway.voidTransaction(followUp(id, "300.00", "300.00", Map.of()), account)));

        assertEquals(GatewayOutcome.APPROVED, gateway.status(id, account).outcome(), "a refunded sale was approved");
        OrderHistory history = gateway.history(HistoryInquiry.of(id, TRY), account);
        assertTrue(history.answered(), String.valueOf(history.exchange().failure()));
        assertTrue(history.itemized(), "TP_Islem_Izleme lists every transaction");
        assertEquals(
                List.of(HistoryKind.REFUND, HistoryKind.REFUND, HistoryKind.SALE),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(
                List.of("180.00", "120.00", "300.00"),
                history.lines().stream()
                        .map(l -> l.amount().amount().toPlainString())
                        .toList());
        assertTrue(history.lines().stream().allMatch(OrderHistory.Line::approved));
        assertEquals(
                ledger(id).stream().map(LedgerEntry::transId).toList(),
                history.lines().stream().map(OrderHistory.Line::transId).toList());
    }

    @Test
    void preAuthorisationIsClosedForPartOfItOnceOrCancelledWhileOpen() {
        String id = orderId();
        GatewayResult pre = gateway.preAuthorize(sale(id, "200.00", "4355084355084358"), account);
        assertTrue(pre.approved(), pre.bankMessage() + " " + pre.exchange().failure());
        assertEquals("PRE_AUTH", pre.references().get(ParamGateway.AUTHORIZATION));
        assertEquals(LedgerType.PRE_AUTH, ledger(id).get(0).type());

        assertEquals("-1", declined(gateway.capture(followUp(id, "200.01", "200.00", pre.references()), account)));
        GatewayResult captured = gateway.capture(followUp(id, "180.00", "200.00", pre.references()), account);
        assertTrue(captured.approved(), captured.bankMessage());
        assertEquals(new BigDecimal("180.00"), ledger(id).get(0).amount());
        assertEquals(LedgerType.POST_AUTH, ledger(id).get(0).type());
        assertEquals("-210", declined(gateway.capture(followUp(id, "10.00", "200.00", pre.references()), account)));
        OrderHistory history = gateway.history(HistoryInquiry.of(id, TRY), account);
        assertEquals(
                List.of(HistoryKind.CAPTURE, HistoryKind.PRE_AUTH),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals("180.00", history.lines().get(0).amount().amount().toPlainString());
        assertEquals("200.00", history.lines().get(1).amount().amount().toPlainString());

        String open = orderId();
        GatewayResult other = gateway.preAuthorize(sale(open, "50.00", "4355084355084358"), account);
        GatewayResult cancelled =
                gateway.voidTransaction(followUp(open, "50.00", "50.00", other.references()), account);
        assertTrue(cancelled.approved(), cancelled.bankMessage());
        assertEquals(LedgerType.VOID, ledger(open).get(0).type());
    }

    @Test
    void statusTellsApprovedDeclinedAndUnknownOrdersApart() {
        String approved = orderId();
        gateway.sale(sale(approved, "10.00", "4355084355084358"), account);
        GatewayResult a = gateway.status(approved, account);
        assertEquals(GatewayOutcome.APPROVED, a.outcome(), a.exchange().failure());
        assertEquals(ledger(approved).get(0).authCode(), a.authCode());

        String declined = orderId();
        gateway.sale(sale(declined, "10.00", "4546711234567894"), account);
        GatewayResult d = gateway.status(declined, account);
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("51", d.bankCode());

        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(orderId(), account).outcome());
    }

    @Test
    void transportFaultsAreUnknownAndNoConnectionIsNotSent() {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account)
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", "4355084355084358"), account)
                        .outcome());
        String slow = orderId();
        GatewayResult late = gateway.sale(sale(slow, "7777.77", "4355084355084358"), sim.impatientAccount());
        assertEquals(GatewayOutcome.UNKNOWN, late.outcome(), "a timeout is never a decline");
        assertTrue(
                late.exchange().failure().contains("deadline"), late.exchange().failure());
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            while (ledger(slow).isEmpty()) {
                Thread.sleep(20);
            }
        });
        assertEquals(GatewayOutcome.APPROVED, gateway.status(slow, account).outcome(), "the slow sale was booked");

        GatewayAccount nowhere = ParamSimulatedBank.account(
                URI.create("http://127.0.0.1:9/param/turkpos.ws/service_turkpos_test.asmx"),
                Duration.ofSeconds(2),
                "Test",
                ParamSimulatedBank.GUID);
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(sale(orderId(), "10.00", "4355084355084358"), nowhere)
                        .outcome());
    }

    /** The simulator's reconciliation faults: a booked approval is the bank's status, a forgotten order is not sent. */
    @Test
    void anApprovalBookedAtTheBankIsItsAnswerAndAForgottenOrderIsNotSent() {
        BankLedgerFaults.bookedIsTheBanksAnswerAndForgottenIsNotSent(gateway, account, sim.ledger, CLIENT, orderId());
    }
}
