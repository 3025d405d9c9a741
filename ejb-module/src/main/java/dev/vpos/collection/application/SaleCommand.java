package dev.vpos.collection.application;

import dev.vpos.gateway.domain.AuthorizationKind;
import java.math.BigDecimal;

/**
 * A sale or pre-authorisation as the caller sent it, not yet validated ({@code SaleValidator} reports every bad field
 * at once). Built with {@link #builder()}: what is paid (company, customer account, optional definition, amount and
 * currency as text, installments, the ERP document, a hosted-page discount), the {@link EnteredCard card as entered},
 * the {@link AuthorizationKind kind} and the {@link SaleOrigin origin}. {@link #toString()} never shows the card.
 */
public final class SaleCommand {

    private final Long companyId;
    private final Long customerAccountId;
    private final Long definitionId;
    private final String amount;
    private final String currency;
    private final Integer installments;
    private final Long documentId;
    private final BigDecimal discount;
    private final EnteredCard card;
    private final AuthorizationKind kind;
    private final String unreadableKind;
    private final SaleOrigin origin;

    private SaleCommand(Builder b) {
        this.companyId = b.companyId;
        this.customerAccountId = b.customerAccountId;
        this.definitionId = b.definitionId;
        this.amount = b.amount;
        this.currency = b.currency;
        this.installments = b.installments;
        this.documentId = b.documentId;
        this.discount = b.discount;
        this.card = b.card;
        this.kind = b.kind;
        this.unreadableKind = b.unreadableKind;
        this.origin = b.origin;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Long companyId() {
        return companyId;
    }

    public Long customerAccountId() {
        return customerAccountId;
    }

    /** The definition asked for; null lets the company's default that fits be chosen. */
    public Long definitionId() {
        return definitionId;
    }

    /** The amount as sent, a plain decimal text ("1250.00"). */
    public String amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    /** Null means one. */
    public Integer installments() {
        return installments;
    }

    /** The ERP invoice/order this payment is for (optional). */
    public Long documentId() {
        return documentId;
    }

    /**
     * What the payer saves by the chosen method (the hosted page only): {@link #amount()} is what is charged, the
     * document is settled by amount + discount. Null when none was granted.
     */
    public BigDecimal discount() {
        return discount;
    }

    /** Never null: {@link EnteredCard#NONE} when no card was given. */
    public EnteredCard card() {
        return card;
    }

    /** SALE unless PRE_AUTH was asked for. */
    public AuthorizationKind kind() {
        return kind;
    }

    /** The kind's text when the caller sent one that is neither SALE nor PRE_AUTH (a field error on {@code kind}). */
    String unreadableKind() {
        return unreadableKind;
    }

    /** Never null: {@link SaleOrigin#NONE} when nothing is known. */
    public SaleOrigin origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "SaleCommand[company=" + companyId + ", customerAccount=" + customerAccountId + ", definition="
                + definitionId + ", amount=" + amount + " " + currency + ", installments=" + installments
                + ", kind=" + (unreadableKind == null ? kind : "?") + ", document=" + documentId + "]";
    }

    /** The one way to build a {@link SaleCommand}; every part is optional, the validator says what is missing. */
    public static final class Builder {
        private Long companyId;
        private Long customerAccountId;
        private Long definitionId;
        private String amount;
        private String currency;
        private Integer installments;
        private Long documentId;
        private BigDecimal discount;
        private EnteredCard card = EnteredCard.NONE;
        private AuthorizationKind kind = AuthorizationKind.SALE;
        private String unreadableKind;
        private SaleOrigin origin = SaleOrigin.NONE;

        private Builder() {}

        /** Who pays: the company and its customer account. */
        public Builder payer(Long companyId, Long customerAccountId) {
            this.companyId = companyId;
            this.customerAccountId = customerAccountId;
            return this;
        }

        public Builder definition(Long definitionId) {
            this.definitionId = definitionId;
            return this;
        }

        /** The amount as a plain decimal text and the currency's ISO code, both as sent. */
        public Builder amount(String amount, String currency) {
            this.amount = amount;
            this.currency = currency;
            return this;
        }

        public Builder installments(Integer installments) {
            this.installments = installments;
            return this;
        }

        public Builder document(Long documentId) {
            this.documentId = documentId;
            return this;
        }

        public Builder discount(BigDecimal discount) {
            this.discount = discount;
            return this;
        }

        public Builder card(EnteredCard card) {
            this.card = card == null ? EnteredCard.NONE : card;
            return this;
        }

        public Builder kind(AuthorizationKind kind) {
            this.kind = kind == null ? AuthorizationKind.SALE : kind;
            this.unreadableKind = null;
            return this;
        }

        /**
         * The kind as a caller's text: blank or absent is a sale; anything but SALE or PRE_AUTH is kept to be reported
         * as a field error on {@code kind} together with the sale's other problems.
         */
        public Builder kindAsSent(String text) {
            if (text == null || text.isBlank()) {
                return kind(AuthorizationKind.SALE);
            }
            try {
                return kind(AuthorizationKind.valueOf(text.trim()));
            } catch (IllegalArgumentException e) {
                this.kind = AuthorizationKind.SALE;
                this.unreadableKind = text;
                return this;
            }
        }

        public Builder origin(SaleOrigin origin) {
            this.origin = origin == null ? SaleOrigin.NONE : origin;
            return this;
        }

        public SaleCommand build() {
            return new SaleCommand(this);
        }
    }
}
