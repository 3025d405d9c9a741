package dev.vpos.definitions.application;

import dev.vpos.definitions.application.DefinitionCommand.PlanCommand;
import dev.vpos.definitions.domain.InstallmentPlan;
import dev.vpos.shared.domain.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the installment plans an admin sent: 1 to 12 installments, each once, single payment included; a count whose
 * commission is passed on to the payer needs a rate below 100 %.
 */
final class InstallmentPlans {

    static final int MAX_INSTALLMENTS = 12;

    private InstallmentPlans() {}

    static List<InstallmentPlan> validate(List<PlanCommand> given, List<FieldError> errors) {
        if (given == null || given.isEmpty()) {
            return List.of(InstallmentPlan.singlePaymentFree());
        }
        List<InstallmentPlan> plans = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            PlanCommand p = given.get(i);
            String field = "installmentPlans[" + i + "]";
            int count = DefinitionValidator.range(
                    p.installments(), 1, field + ".installments", 1, MAX_INSTALLMENTS, errors);
            if (!seen.add(count)) {
                errors.add(FieldError.of(field + ".installments", "definition.installmentsTwice", count));
            }
            BigDecimal rate = DefinitionValidator.decimal(
                    p.commissionRate() == null ? "0" : p.commissionRate(), field + ".commissionRate", errors);
            if (rate != null && (rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 4)) {
                errors.add(FieldError.of(field + ".commissionRate", "definition.rate"));
            }
            BigDecimal fee =
                    DefinitionValidator.decimal(p.fixedFee() == null ? "0" : p.fixedFee(), field + ".fixedFee", errors);
            int blocked = DefinitionValidator.range(p.blockedDays(), 0, field + ".blockedDays", 0, 365, errors);
            boolean toPayer = Boolean.TRUE.equals(p.commissionToPayer());
            if (toPayer && rate != null && rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
                // a surcharge covering a 100 % commission has no end
                errors.add(FieldError.of(field + ".commissionToPayer", "definition.commissionToPayerRate"));
            }
            if (rate != null && fee != null) {
                plans.add(new InstallmentPlan(count, rate, fee, blocked, toPayer));
            }
        }
        if (!seen.contains(1)) {
            errors.add(FieldError.of("installmentPlans", "definition.singlePaymentMissing"));
        }
        plans.sort(Comparator.comparingInt(InstallmentPlan::installments));
        return plans;
    }
}
