package dev.vpos.definitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.definitions.application.DefinitionCommand.PlanCommand;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-count setting that passes the installment commission on to the payer, as an admin sends it. */
class InstallmentPlansTest {

    @Test
    void eachCountKeepsItsOwnChoiceAndAnAbsentOneKeepsTheCommissionForTheMerchant() {
        List<FieldError> errors = new ArrayList<>();
        List<InstallmentPlan> plans = InstallmentPlans.validate(
                List.of(
                        new PlanCommand(1, "1.5", null, 1),
                        new PlanCommand(3, "2.6", "0.25", 30, true),
                        new PlanCommand(6, "4.1", null, 30, false)),
                errors);
        assertEquals(List.of(), errors);
        assertFalse(plans.get(0).commissionToPayer());
        assertTrue(plans.get(1).commissionToPayer());
        assertFalse(plans.get(2).commissionToPayer());
    }

    @Test
    void aHundredPercentCannotBePassedOn() {
        List<FieldError> errors = new ArrayList<>();
        InstallmentPlans.validate(
                List.of(new PlanCommand(1, "0", null, 0), new PlanCommand(2, "100", null, 0, true)), errors);
        assertEquals(
                List.of("installmentPlans[1].commissionToPayer"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("definition.commissionToPayerRate", errors.get(0).messageKey());
    }
}
