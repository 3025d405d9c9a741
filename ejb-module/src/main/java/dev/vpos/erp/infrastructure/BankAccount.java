package dev.vpos.erp.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A company's bank account, where VPOS collections settle. */
@Entity
@Table(name = "erp_bank_account")
public class BankAccount {

    @Id
    @SequenceGenerator(name = "erp_bank_account_seq", sequenceName = "erp_bank_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erp_bank_account_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "bank_name", nullable = false, length = 100)
    private String bankName;

    @Column(nullable = false, length = 34)
    private String iban;

    @Column(nullable = false, length = 3)
    private String currency;

    protected BankAccount() {}

    public BankAccount(long companyId, String code, String bankName, String iban, String currency) {
        this.companyId = companyId;
        this.code = Objects.requireNonNull(code);
        this.bankName = Objects.requireNonNull(bankName);
        this.iban = Objects.requireNonNull(iban);
        this.currency = Objects.requireNonNull(currency);
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }
}
