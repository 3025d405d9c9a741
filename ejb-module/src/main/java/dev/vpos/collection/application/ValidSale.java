package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;

/** A sale whose fields each passed their own checks (company, account and definition are checked next). */
record ValidSale(long companyId, long customerAccountId, Long definitionId, Money amount, int installments,
                 CardNumber card, CardExpiry expiry, String cvv, Channel channel) {
}
