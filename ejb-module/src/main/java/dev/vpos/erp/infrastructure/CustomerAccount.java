package dev.vpos.erp.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A customer (current) account of one company. */
@Entity
@Table(name = "erp_customer_account")
public class CustomerAccount {

    @Id
    @SequenceGenerator(
            name = "erp_customer_account_seq",
            sequenceName = "erp_customer_account_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erp_customer_account_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(length = 254)
    private String email;

    protected CustomerAccount() {}

    public CustomerAccount(long companyId, String code, String name) {
        this.companyId = companyId;
        this.code = Objects.requireNonNull(code, "code is required");
        this.name = Objects.requireNonNull(name, "name is required");
        this.active = true;
    }

    public CustomerAccount(long companyId, String code, String name, String email) {
        this(companyId, code, name);
        this.email = email;
    }

    /** Where mail for the account goes (a payment link), or null. */
    public String getEmail() {
        return email;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
