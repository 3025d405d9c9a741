package dev.vpos.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One of a company's routing rules, at its position in the company's order. ON_US and PROGRAMME rules match a value
 * (the issuer code or the programme) and name a definition; CHEAPEST matches every card and names none.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @SequenceGenerator(name = "routing_rule_seq", sequenceName = "routing_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rule_seq")
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RuleKind kind;

    @Column(name = "match_value", length = 40)
    private String matchValue;

    @Column(name = "definition_id")
    private Long definitionId;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected RoutingRule() {}

    public RoutingRule(long companyId, int position, RuleSpec spec, String updatedBy, OffsetDateTime updatedAt) {
        this.companyId = companyId;
        this.position = position;
        this.kind = Objects.requireNonNull(spec.kind(), "kind");
        this.matchValue = spec.matchValue();
        this.definitionId = spec.definitionId();
        this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public RuleSpec spec() {
        return new RuleSpec(kind, matchValue, definitionId);
    }

    public long getCompanyId() {
        return companyId;
    }

    public int getPosition() {
        return position;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
