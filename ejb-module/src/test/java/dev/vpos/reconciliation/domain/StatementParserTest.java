package dev.vpos.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementParserTest {

    private static final String EST_HEADER = "ISLEM_TARIHI;ISLEM_SAATI;UYE_ISYERI_NO;SIPARIS_NO;ISLEM_TIPI;TUTAR;"
            + "PARA_BIRIMI;TAKSIT;KART_NO;ONAY_KODU;HOST_REF_NO;ISLEM_NO;GUN_SONU_NO;KOMISYON;NET_TUTAR\r\n";

    private final List<ParsedLine> lines = new ArrayList<>();

    private StatementParser.Result parse(MappingDraft mapping, String file) {
        lines.clear();
        return new StatementParser(MappingSpec.of(mapping)).parse(new StringReader(file), lines::add);
    }

    private static List<String> messages(StatementParser.Result r) {
        return r.problems().stream()
                .map(p -> p.line() + " " + p.messageKey() + " " + p.args())
                .toList();
    }

    @Test
    void theSimulatorsEstFileReadsWithDecimalCommaNumericCurrencyAndNegativeRefunds() {
        var r = parse(
                Mappings.est(),
                EST_HEADER
                        + "23.11.2026;17:45:25;700655000200;VP261123ABC;Satis;1.250,00;949;1;435508******4358;P03441;"
                        + "632717002130;26327GYtA02131;1;21,88;1228,12\r\n"
                        + "23.11.2026;18:00:00;700655000200;VP261123ABC;Iade;-120,00;949;1;435508******4358;P03442;"
                        + "632717002131;26327GYtA02132;1;0,00;-120,00\r\n");

        assertTrue(r.ok(), messages(r).toString());
        assertEquals(2, r.lines());
        assertEquals(java.util.Set.of("700655000200"), r.merchants());
        ParsedLine sale = lines.get(0);
        assertEquals(2, sale.line());
        assertEquals(LocalDate.of(2026, 11, 23), sale.date());
        assertEquals(LocalTime.of(17, 45, 25), sale.time());
        assertEquals(TransactionKind.SALE, sale.kind());
        assertEquals(new BigDecimal("1250.00"), sale.amount());
        assertEquals("TRY", sale.currency());
        assertEquals(new BigDecimal("21.88"), sale.commission());
        assertEquals("435508******4358", sale.maskedPan());
        assertEquals("4355084358", sale.cardKey());
        assertEquals("VP261123ABC", sale.orderId());
        assertEquals("P03441", sale.authCode());
        assertEquals("632717002130", sale.rrn());
        ParsedLine refund = lines.get(1);
        assertEquals(TransactionKind.REFUND, refund.kind());
        assertEquals(new BigDecimal("-120.00"), refund.amount());
        assertEquals(new BigDecimal("-120.00"), refund.net());
    }

    @Test
    void aTypeCodeFileGivesRefundsTheirSignAndSkipsIgnoredTypes() {
        var r = parse(
                Mappings.garanti(),
                "TRANSACTION_DATE;TRANSACTION_TIME;ORDER_ID;TXN_TYPE;AMOUNT;CURRENCY;"
                        + "CARD_NUMBER;AUTH_CODE;RRN;COMMISSION;NET_AMOUNT\n"
                        + "2026-11-23;10:00:00;O1;sales;100.00;949;540134******7891;A1;R1;1.75;98.25\n"
                        + "2026-11-23;10:05:00;O1;REFUND;40.00;949;540134******7891;A2;R2;0.00;40.00\n"
                        + "2026-11-23;10:06:00;O2;preauth;70.00;949;540134******7891;A3;R3;0.00;70.00\n");

        assertTrue(r.ok(), messages(r).toString());
        assertEquals(2, r.lines());
        assertEquals(1, r.ignored());
        assertEquals(new BigDecimal("-40.00"), lines.get(1).amount());
        assertEquals(new BigDecimal("-40.00"), lines.get(1).net());
        assertEquals(TransactionKind.REFUND, lines.get(1).kind());
    }

    @Test
    void commaSeparatedFilesQuoteTheirCommasAndBankCurrencyAliasesApply() {
        var r = parse(
                Mappings.posnet(),
                "Tarih,Saat,XID,IslemTipi,Tutar,DovizKodu,KartNo,OnayKodu,HostLogKey\n"
                        + "20261123,101500,\"XID,1\",Sale,\"1,250.50\",TL,\"4355 08** **** 4358\",123456,\"he said \"\"hi\"\"\"\n");

        assertTrue(r.ok(), messages(r).toString());
        ParsedLine l = lines.get(0);
        assertEquals("XID,1", l.orderId());
        assertEquals(new BigDecimal("1250.50"), l.amount());
        assertEquals("TRY", l.currency());
        assertEquals("435508******4358", l.maskedPan());
        assertEquals("he said \"hi\"", l.rrn());
    }

    @Test
    void aHeaderlessDebitCreditFileReadsByPositionWithDateAndTimeInOneColumn() {
        var r = parse(
                Mappings.debitCredit(),
                "\uFEFF23/11/2026 10:15|ORD-1||1.250,00|4355084355084358\r\n"
                        + "23/11/2026 11:00|ORD-2|40,00|0,00|435508******4358\r\n\r\n\r\n");

        assertTrue(r.ok(), messages(r).toString());
        assertEquals(2, r.lines());
        assertEquals(LocalTime.of(10, 15), lines.get(0).time());
        assertEquals(new BigDecimal("1250.00"), lines.get(0).amount());
        assertEquals(TransactionKind.REFUND, lines.get(1).kind());
        assertEquals(new BigDecimal("-40.00"), lines.get(1).amount());
        assertEquals("TRY", lines.get(0).currency());
        assertEquals("435508******4358", lines.get(0).maskedPan(), "a full card number is masked on reading");
        assertFalse(lines.get(0).toString().contains("4355084355084358"));
    }

    @Test
    void aTrailingMinusIsARefundAndASignThatContradictsTheTypeIsRefused() {
        var r = parse(
                Mappings.est(),
                EST_HEADER
                        + "23.11.2026;17:45:25;M;O1;Iade;120,00-;949;1;435508******4358;A;R;T;1;0,00;120,00-\n"
                        + "23.11.2026;17:45:25;M;O2;Iade;120,00;949;1;435508******4358;A;R;T;1;0,00;120,00\n");

        assertEquals(List.of("3 statement.sign.type [Iade, 120,00]"), messages(r));
        assertEquals(new BigDecimal("-120.00"), lines.get(0).amount());
    }

    @Test
    void malformedLinesAreNamedWithTheirLineNumberAndReason() {
        var r = parse(
                Mappings.est(),
                EST_HEADER
                        + "23.11.2026;17:45:25;M;O1;Satis;12,3x;949;1;435508******4358;A;R;T;1;0,00;0,00\n"
                        + "31.02.2026;17:45:25;M;O2;Satis;10,00;949;1;435508******4358;A;R;T;1;0,00;10,00\n"
                        + "23.11.2026;17:45:25;M;O3;Satis;10,00;949\n"
                        + "23.11.2026;17:45:25;M;O4;Bonus;10,00;949;1;435508******4358;A;R;T;1;0,00;10,00\n"
                        + "23.11.2026;17:45:25;M;O5;Satis;10,00;XYZ;1;435508******4358;A;R;T;1;0,00;10,00\n"
                        + "23.11.2026;17:45:25;M;O6;Satis;10,00;949;1;4355-0843-55;A;R;T;1;0,00;10,00\n"
                        + "23.11.2026;17:45:25;M;O7;Satis;0,00;949;1;435508******4358;A;R;T;1;0,00;0,00\n"
                        + ";17:45:25;M;O8;Satis;10,00;949;1;435508******4358;A;R;T;1;0,00;10,00\n");

        assertEquals(
                List.of(
                        "2 statement.amount [amount, 12,3x, ,]",
                        "3 statement.date [31.02.2026, dd.MM.yyyy]",
                        "4 statement.fieldCount [7, 15]",
                        "5 statement.type.unknown [Bonus, OnProvKapama, Satis / Iade]",
                        "6 statement.currency [XYZ]",
                        "7 statement.card []",
                        "8 statement.amount.zero [amount]",
                        "9 statement.required [date]"),
                messages(r));
        assertTrue(messages(r).stream().noneMatch(m -> m.contains("4355")), "a card number is never echoed");
    }

    @Test
    void aMissingColumnIsNamedOnTheHeaderLine() {
        var r = parse(Mappings.est(), "ISLEM_TARIHI;SIPARIS_NO\n23.11.2026;O1\n");

        assertFalse(r.ok());
        assertEquals(
                "1 statement.header.missing [ISLEM_SAATI, time]", messages(r).get(0));
        assertTrue(lines.isEmpty());
    }

    @Test
    void brokenQuotingStopsTheReadingAtItsLine() {
        assertEquals(
                List.of("3 statement.csv.strayQuote []"),
                messages(parse(
                        Mappings.posnet(),
                        "Tarih,Saat,XID,IslemTipi,Tutar,DovizKodu,KartNo,OnayKodu,HostLogKey\n"
                                + "20261123,101500,X1,Sale,10.00,TL,435508******4358,1,2\n"
                                + "20261123,101500,X\"2,Sale,10.00,TL,435508******4358,1,2\n")));
        assertEquals(
                List.of("2 statement.csv.afterQuote []"),
                messages(parse(
                        Mappings.posnet(),
                        "Tarih,Saat,XID,IslemTipi,Tutar,DovizKodu,KartNo,OnayKodu,HostLogKey\n"
                                + "20261123,101500,\"X1\"x,Sale,10.00,TL,435508******4358,1,2\n")));
        assertEquals(
                List.of("2 statement.csv.openQuote []"),
                messages(parse(
                        Mappings.posnet(),
                        "Tarih,Saat,XID,IslemTipi,Tutar,DovizKodu,KartNo,OnayKodu,HostLogKey\n"
                                + "20261123,101500,\"X1,Sale,10.00,TL,435508******4358,1,2\n")));
    }

    @Test
    void bytesThatAreNotTextInTheMappingsCharacterSetRefuseTheFile() {
        byte[] iso = (EST_HEADER + "23.11.2026;17:45:25;M;O1;Satis;10,00;949;1;435508******4358;A;R;T;1;0,00;10,00"
                        + "\n")
                .replace("O1", "\u00d61")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var r = new StatementParser(MappingSpec.of(Mappings.est())).parse(iso, lines::add);
        assertEquals(List.of("2 statement.csv.charset []"), messages(r));
    }

    @Test
    void onlyTheFirstTenProblemsAreCollected() {
        StringBuilder file = new StringBuilder(EST_HEADER);
        for (int i = 0; i < 25; i++) {
            file.append("23.11.2026;17:45:25;M;O").append(i).append(";Satis;bad;949;1;435508******4358;A;R;T;1;0;0\n");
        }
        var r = parse(Mappings.est(), file.toString());

        assertEquals(StatementParser.MAX_PROBLEMS, r.problems().size());
        assertEquals(11, r.problems().get(9).line());
    }

    @Test
    void anEmptyFileIsRefusedAndAHeaderOnlyFileHasNoLines() {
        assertEquals(List.of("1 statement.empty []"), messages(parse(Mappings.est(), "")));
        var headerOnly = parse(Mappings.est(), EST_HEADER);
        assertTrue(headerOnly.ok());
        assertEquals(0, headerOnly.lines());
    }

    @Test
    void amountsAcceptGroupsOfThreeAndOneSignOnly() {
        assertEquals(new BigDecimal("1234567.89"), Amounts.parse("1.234.567,89", ','));
        assertEquals(new BigDecimal("-1234.5"), Amounts.parse("-1,234.5", '.'));
        assertEquals(new BigDecimal("-5.25"), Amounts.parse("5,25-", ','));
        assertNull(Amounts.parse("-5,25-", ','));
        assertNull(Amounts.parse("1.23,45", ','));
        assertNull(Amounts.parse("120.00", ','), "a decimal point where the mapping says comma");
        assertNull(Amounts.parse("1,23456", ','), "at most four decimals");
        assertNull(Amounts.parse(",5", ','));
        assertNull(Amounts.parse("1.2345.678,00", ','), "groups of three after the first");
        assertNull(Amounts.parse("-", ','));
        assertNull(Amounts.parse("12,", ','));
        assertNull(Amounts.parse("1 250,00", ','));
        assertEquals(new BigDecimal("120"), Amounts.parse("+120", ','));
        assertEquals(new BigDecimal("0.0001"), Amounts.parse("0,0001", ','));
    }

    @Test
    void cardsAreBroughtToBinAndLastFour() {
        assertEquals("435508******4358", MaskedCards.normalize("435508XXXXXX4358"));
        assertEquals("435508******4358", MaskedCards.normalize("4355 08** **** 4358"));
        assertEquals("4355084358", MaskedCards.key("435508******4358"));
        assertNull(MaskedCards.key("4355********4358"), "a BIN of four does not identify the card for pass 2");
        assertNull(MaskedCards.normalize("12345"));
        assertNull(MaskedCards.normalize("4355*08**4358"), "stars in one run");
        assertNull(MaskedCards.normalize("4355AB******4358"));
        assertEquals("************4358", MaskedCards.normalize("************4358"));
        assertNull(MaskedCards.key("************4358"));
    }
}
