package dev.vpos.erp.domain;

import dev.vpos.shared.domain.Money;
import java.time.LocalDate;

/** An ERP document a collection can pay: an INVOICE or an ORDER, its total and what is still open. */
public record DocumentRef(
        long id,
        long companyId,
        long customerAccountId,
        String type,
        String number,
        Money total,
        Money open,
        LocalDate dueDate) {

    public boolean paid() {
        return open.amount().signum() == 0;
    }
}
