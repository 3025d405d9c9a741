package dev.vpos.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.bins.domain.CardProfile;
import dev.vpos.bins.domain.CardType;
import dev.vpos.shared.domain.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlusInstallmentCampaignTest {

    private static final CardProfile BONUS =
            new CardProfile("540134", "0062", "Garanti BBVA", "Bonus", "MASTERCARD", CardType.CREDIT, "TR");
    private static final CardProfile AXESS =
            new CardProfile("435508", "0046", "Akbank", "Axess", "VISA", CardType.CREDIT, "TR");
    private static final CardProfile BONUS_DEBIT =
            new CardProfile("540199", "0062", "Garanti BBVA", "Bonus", "MASTERCARD", CardType.DEBIT, "TR");
    private static final CardProfile BONUS_ABROAD =
            new CardProfile("540188", "X1", "Foreign Bank", "Bonus", "MASTERCARD", CardType.CREDIT, "CY");
    private static final CardProfile NO_PROGRAMME =
            new CardProfile("402277", "0015", "VakıfBank", null, "VISA", CardType.CREDIT, "TR");

    // "+2 on 3 or more" through December 2026
    private final PlusInstallmentCampaign plus2 =
            new PlusInstallmentCampaign("Bonus", 2, 3, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
    private final LocalDate day = LocalDate.parse("2026-12-07");

    @Test
    void aBonusCardInThreeOrMoreInstallmentsGetsTheExtraOnes() {
        assertEquals(2, plus2.extraFor(BONUS, 3, day, "TR"));
        assertEquals(2, plus2.extraFor(BONUS, 6, day, "TR"));
        assertEquals(
                2,
                new PlusInstallmentCampaign("bonus", 2, 3, day, day).extraFor(BONUS, 3, day, "TR"),
                "the programme is matched without regard to case");
    }

    @Test
    void belowTheMinimumOrASinglePaymentGetsNothing() {
        assertEquals(0, plus2.extraFor(BONUS, 2, day, "TR"));
        assertEquals(0, plus2.extraFor(BONUS, 1, day, "TR"));
        assertEquals(0, new PlusInstallmentCampaign("Bonus", 1, 2, day, day).extraFor(BONUS, 1, day, "TR"));
    }

    @Test
    void onlyTheCampaignsDaysBothIncluded() {
        assertEquals(2, plus2.extraFor(BONUS, 3, LocalDate.parse("2026-12-01"), "TR"));
        assertEquals(2, plus2.extraFor(BONUS, 3, LocalDate.parse("2026-12-31"), "TR"));
        assertEquals(0, plus2.extraFor(BONUS, 3, LocalDate.parse("2026-11-30"), "TR"));
        assertEquals(0, plus2.extraFor(BONUS, 3, LocalDate.parse("2027-01-01"), "TR"));
    }

    @Test
    void anotherProgrammeNoProgrammeOrNoCardGetsNothing() {
        assertEquals(0, plus2.extraFor(AXESS, 3, day, "TR"));
        assertEquals(0, plus2.extraFor(NO_PROGRAMME, 3, day, "TR"));
        assertEquals(0, plus2.extraFor(null, 3, day, "TR"));
    }

    @Test
    void aCardThatMayNotHaveInstallmentsGetsNoCampaignEvenInItsProgramme() {
        assertEquals(0, plus2.extraFor(BONUS_DEBIT, 3, day, "TR"));
        assertEquals(0, plus2.extraFor(BONUS_ABROAD, 3, day, "TR"));
    }

    @Test
    void aCampaignAsEnteredIsCheckedFieldByField() {
        assertEquals(List.of(), PlusInstallmentCampaign.check("c.", "Bonus", 2, 3, day, day));
        List<FieldError> errors = PlusInstallmentCampaign.check("c.", " ", 0, 1, day, day.minusDays(1));
        assertEquals(
                List.of("c.programme", "c.extraInstallments", "c.minimumInstallments", "c.validTo"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("campaign.endsBeforeStart", errors.get(3).messageKey());
        assertEquals(
                List.of("c.programme", "c.extraInstallments", "c.minimumInstallments", "c.validFrom", "c.validTo"),
                PlusInstallmentCampaign.check("c.", "x".repeat(41), 13, 37, null, null).stream()
                        .map(FieldError::field)
                        .toList());
    }
}
