package dev.vpos.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MappingSpecTest {

    private static Set<String> fieldsOf(MappingDraft d) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MappingSpec.of(d));
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void theShippedLayoutsAreValidMappings() {
        MappingSpec est = MappingSpec.of(Mappings.est());
        assertEquals(';', est.separator());
        assertEquals(',', est.decimalSeparator());
        assertEquals(SignConvention.SIGNED, est.sign());
        assertEquals("SIPARIS_NO", est.column(StatementField.ORDER_ID));
        assertEquals(Set.of("Iade"), est.refundCodes());
        MappingSpec posnet = MappingSpec.of(Mappings.posnet());
        assertEquals(Map.of("TL", "TRY", "US", "USD"), posnet.currencyAliases());
        MappingSpec x = MappingSpec.of(Mappings.debitCredit());
        assertTrue(x.dateCarriesTime());
        assertEquals(new BigDecimal("0.01"), x.amountTolerance());
        assertEquals(2, x.dateToleranceDays());
    }

    @Test
    void everyProblemOfADraftIsNamedAtOnce() {
        MappingDraft d = new MappingDraft(
                "bad code!",
                "",
                "NOPE",
                ":",
                true,
                "EBCDIC",
                ";",
                "SOMETIMES",
                "dd.MM",
                "mm:ss",
                Mappings.columns("amount", "TUTAR", "colour", "X"),
                null,
                null,
                null,
                "XYZ",
                "TL=ABC",
                9,
                "-1");
        assertEquals(
                Set.of(
                        "code",
                        "name",
                        "family",
                        "separator",
                        "charset",
                        "decimalSeparator",
                        "signConvention",
                        "datePattern",
                        "timePattern",
                        "columns.colour",
                        "columns.date",
                        "columns.orderId",
                        "defaultCurrency",
                        "currencyAliases",
                        "dateToleranceDays",
                        "amountTolerance"),
                fieldsOf(d));
    }

    @Test
    void aTypeCodeConventionNeedsTheTypeColumnAndRefundCodes() {
        MappingDraft d = new MappingDraft(
                "X",
                "X",
                null,
                ";",
                true,
                null,
                ".",
                "TYPE_CODE",
                "yyyy-MM-dd",
                null,
                Mappings.columns("date", "D", "orderId", "O", "amount", "A"),
                null,
                null,
                null,
                "TRY",
                null,
                null,
                null);
        assertEquals(Set.of("columns.type", "refundCodes"), fieldsOf(d));
    }

    @Test
    void debitAndCreditColumnsReplaceTheAmountAndHeaderlessFilesUsePositions() {
        MappingDraft d = new MappingDraft(
                "X",
                "X",
                null,
                ";",
                false,
                null,
                ".",
                "DEBIT_CREDIT",
                "yyyy-MM-dd",
                null,
                Mappings.columns("date", "#1", "orderId", "ORDER", "debit", "#3"),
                null,
                null,
                null,
                "TRY",
                null,
                null,
                null);
        assertEquals(Set.of("columns.orderId", "columns.credit"), fieldsOf(d));
    }

    @Test
    void aCodeCannotBeBothASaleAndARefund() {
        MappingDraft d = new MappingDraft(
                "X",
                "X",
                null,
                ";",
                true,
                null,
                ".",
                "TYPE_CODE",
                "yyyy-MM-dd",
                null,
                Mappings.columns("date", "D", "orderId", "O", "amount", "A", "type", "T"),
                "S,R",
                "r",
                null,
                "TRY",
                null,
                null,
                null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MappingSpec.of(d));
        assertEquals(List.of(FieldError.of("refundCodes", "mapping.codesOverlap", "R")), e.errors());
    }

    @Test
    void aTimeColumnNeedsATimePattern() {
        MappingDraft d = new MappingDraft(
                "X",
                "X",
                null,
                ";",
                true,
                null,
                ".",
                "SIGNED",
                "yyyy-MM-dd",
                null,
                Mappings.columns("date", "D", "time", "T", "orderId", "O", "amount", "A"),
                null,
                null,
                null,
                "TRY",
                null,
                null,
                null);
        assertEquals(Set.of("timePattern"), fieldsOf(d));
    }
}
