package dev.vpos.web.rest.collections;

import dev.vpos.collection.application.SaleCommand;
import dev.vpos.collection.domain.Channel;

/**
 * {@code POST /collections} body: a non-3D sale or pre-authorisation. Amount is a decimal string ("1250.00") so no float ever touches it.
 * The card fields are used for the bank call and dropped; only the masked number is kept.
 */
public class SaleRequest {

    public Long companyId;
    public Long customerAccountId;
    public Long definitionId;
    public String amount;
    public String currency;
    public Integer installments;
    public Channel channel;
    public Card card;
    public String email;
    /** SALE (default) or PRE_AUTH. */
    public String kind;
    /** The ERP invoice/order this pays (optional): marked paid when approved. */
    public Long documentId;

    /** Card data as keyed in. */
    public static class Card {
        public String number;
        public String expiry;
        public String cvv;
        public String holder;

        @Override
        public String toString() {
            return "Card[masked]";
        }
    }

    SaleCommand toCommand(String idempotencyKey, String clientIp) {
        Card c = card == null ? new Card() : card;
        return new SaleCommand(
                companyId,
                customerAccountId,
                definitionId,
                amount,
                currency,
                installments,
                c.number,
                c.expiry,
                c.cvv,
                c.holder,
                channel,
                idempotencyKey,
                clientIp,
                email,
                kind,
                documentId);
    }

    @Override
    public String toString() {
        return "SaleRequest[company=" + companyId + ", amount=" + amount + " " + currency + "]";
    }
}
