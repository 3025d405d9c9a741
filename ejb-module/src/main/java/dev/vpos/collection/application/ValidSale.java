package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;

/** A sale whose fields each passed their own checks (company, account, document and definition are checked next). */
record ValidSale(
        long companyId,
        long customerAccountId,
        Long definitionId,
        Money amount,
        int installments,
        CardNumber card,
        CardExpiry expiry,
        String cvv,
        Channel channel,
        AuthorizationKind kind,
        Long documentId,
        String holder,
        Money discount) {}
