package dev.vpos.returncodes.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One catalog row: what a bank code of a family means (its unified reason, retry and fraud flags), with the catalog's
 * description of that code in English and Turkish for the admins who classify codes. Screens and the API show the
 * unified reason's own text (ReasonTexts) beside the bank's message, so a reason reads the same for every bank.
 */
@Entity
@Table(name = "return_code")
@IdClass(ReturnCode.Key.class)
public class ReturnCode {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private GatewayFamily family;

    @Id
    @Column(name = "bank_code", length = 64)
    private String bankCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private UnifiedReason reason;

    @Column(name = "message_en", nullable = false, length = 300)
    private String messageEn;

    @Column(name = "message_tr", nullable = false, length = 300)
    private String messageTr;

    @Column(nullable = false)
    private boolean retryable;

    @Column(name = "fraud_suspected", nullable = false)
    private boolean fraudSuspected;

    protected ReturnCode() {}

    public ReturnCode(GatewayFamily family, String bankCode) {
        this.family = family;
        this.bankCode = bankCode;
    }

    /** An admin's classification of the code. */
    public void classify(
            UnifiedReason reason, String messageEn, String messageTr, boolean retryable, boolean fraudSuspected) {
        this.reason = reason;
        this.messageEn = messageEn;
        this.messageTr = messageTr;
        this.retryable = retryable;
        this.fraudSuspected = fraudSuspected;
    }

    public GatewayFamily family() {
        return family;
    }

    public String bankCode() {
        return bankCode;
    }

    public UnifiedReason reason() {
        return reason;
    }

    public String message(Locale locale) {
        return "tr".equals(locale.getLanguage()) ? messageTr : messageEn;
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean fraudSuspected() {
        return fraudSuspected;
    }

    /** Composite key (family, bank code). */
    public static class Key implements Serializable {
        private GatewayFamily family;
        private String bankCode;

        public Key() {}

        public Key(GatewayFamily family, String bankCode) {
            this.family = family;
            this.bankCode = bankCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && family == k.family && Objects.equals(bankCode, k.bankCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(family, bankCode);
        }
    }
}
