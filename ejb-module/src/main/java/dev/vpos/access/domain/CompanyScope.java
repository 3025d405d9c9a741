package dev.vpos.access.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The companies of the group a caller may see and act for: every company (admins, and users granted the wildcard) or
 * the granted ones only; none at all for a user without a grant (fail closed).
 */
public record CompanyScope(boolean everyCompany, Set<Long> companies) {

    private static final CompanyScope EVERY = new CompanyScope(true, Set.of());
    private static final CompanyScope NONE = new CompanyScope(false, Set.of());

    public CompanyScope {
        companies = Set.copyOf(new TreeSet<>(companies));
    }

    public static CompanyScope every() {
        return EVERY;
    }

    public static CompanyScope none() {
        return NONE;
    }

    public static CompanyScope of(Collection<Long> companyIds) {
        return new CompanyScope(false, Set.copyOf(companyIds));
    }

    /** Whether the caller may see {@code companyId}; an absent id is never permitted. */
    public boolean permits(Long companyId) {
        return companyId != null && (everyCompany || companies.contains(companyId));
    }

    /** The granted ids in ascending order for a listing's {@code IN} clause, or null when every company is. */
    public List<Long> restriction() {
        return everyCompany ? null : List.copyOf(new TreeSet<>(companies));
    }

    /** "*" for every company, else the ids comma-separated in ascending order ("" for none): the audit's form. */
    public String describe() {
        if (everyCompany) {
            return "*";
        }
        return String.join(
                ",", new TreeSet<>(companies).stream().map(String::valueOf).toList());
    }
}
