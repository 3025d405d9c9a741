package dev.vpos.web.rest.collections;

import dev.vpos.collection.application.EnteredCard;
import dev.vpos.collection.application.SaleCommand;
import dev.vpos.collection.application.SaleOrigin;
import dev.vpos.collection.domain.Channel;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
    /** MOTO, PORTAL_ORDER, PORTAL_BALANCE or API (default); text here so a wrong one is a field error on it. */
    public String channel;

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
        Channel channel = channel();
        return SaleCommand.builder()
                .payer(companyId, customerAccountId)
                .definition(definitionId)
                .amount(amount, currency)
                .installments(installments)
                .card(new EnteredCard(c.number, c.expiry, c.cvv, c.holder))
                .kindAsSent(kind)
                .origin(new SaleOrigin(channel, idempotencyKey, clientIp, email))
                .document(documentId)
                .build();
    }

    private Channel channel() {
        if (channel == null) {
            return null;
        }
        try {
            return Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldError.of(
                    "channel",
                    "field.oneOf",
                    Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        }
    }

    @Override
    public String toString() {
        return "SaleRequest[company=" + companyId + ", amount=" + amount + " " + currency + "]";
    }
}
