package dev.vpos.access.application;

import dev.vpos.access.domain.CompanyScope;
import dev.vpos.access.domain.StaffAccessAudit;
import dev.vpos.access.infrastructure.StaffAccessRepository;
import dev.vpos.access.infrastructure.StaffAccessRepository.Grants;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The module's own table of company grants: which companies of the group each user of the registry works for. A user
 * without a grant sees no company (fail closed). Admins change grants; every change is kept in the trail and written
 * to the security audit log.
 */
@ApplicationScoped
public class CompanyGrants {

    static final Logger AUDIT = Logger.getLogger("dev.vpos.security.audit");
    private static final int MAX_USER = 100;

    @Inject
    StaffAccessRepository repository;

    @Inject
    Clock clock;

    /** The companies {@code user} was granted; none when there is no grant. */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public CompanyScope scopeOf(String user) {
        return repository.find(user).map(Grants::scope).orElse(CompanyScope.none());
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<Grants> grantsOf(String user) {
        return repository.find(checkUser(user));
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<Grants> all() {
        return repository.all();
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public List<StaffAccessAudit> trail(String user) {
        return repository.trail(checkUser(user));
    }

    /**
     * Replaces the user's grants: every company ({@code allCompanies}) or the listed ones (which must be companies of
     * the group; an empty list leaves the user without any company). 400 on {@code allCompanies}/{@code companyIds}.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Grants grant(String user, Boolean allCompanies, List<Long> companyIds, String actor) {
        checkUser(user);
        List<FieldError> errors = new ArrayList<>();
        if (allCompanies == null) {
            errors.add(FieldError.of("allCompanies", "field.required"));
        } else if (allCompanies && companyIds != null && !companyIds.isEmpty()) {
            errors.add(FieldError.of("companyIds", "access.allAndList"));
        }
        List<Long> ids = companyIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(companyIds));
        List<Long> known = repository.existingCompanies(ids);
        for (Long id : ids) {
            if (!known.contains(id)) {
                errors.add(FieldError.of("companyIds", "company.notFound", String.valueOf(id)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CompanyScope scope = allCompanies ? CompanyScope.every() : CompanyScope.of(ids);
        OffsetDateTime now = OffsetDateTimes.now(clock);
        String before = describe(repository.find(user));
        repository.replace(user, scope, actor, now);
        record(user, actor, before, scope.describe(), now);
        return repository.find(user).orElseThrow();
    }

    /** Takes every grant away: the user sees no company any more. */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public void revoke(String user, String actor) {
        checkUser(user);
        Optional<Grants> before = repository.find(user);
        if (before.isEmpty()) {
            return;
        }
        repository.remove(user);
        record(user, actor, describe(before), "", OffsetDateTimes.now(clock));
    }

    /**
     * Gives {@code user} every company unless it already has a row (demo and test servers' own users); in a
     * transaction of its own, so that another node inserting the same row at the same time fails only this call.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
    public void grantEveryCompanyIfAbsent(String user, String actor) {
        if (repository.find(user).isEmpty()) {
            OffsetDateTime now = OffsetDateTimes.now(clock);
            repository.replace(user, CompanyScope.every(), actor, now);
            record(user, actor, "", "*", now);
        }
    }

    private void record(String user, String actor, String before, String after, OffsetDateTime at) {
        repository.audit(new StaffAccessAudit(user, actor, before, after, at));
        AUDIT.info(
                () -> "company grants of " + user + " changed by " + actor + ": [" + before + "] -> [" + after + "]");
    }

    private static String describe(Optional<Grants> grants) {
        return grants.map(g -> g.scope().describe()).orElse("");
    }

    private static String checkUser(String user) {
        if (user == null
                || user.isBlank()
                || user.length() > MAX_USER
                || user.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(FieldError.of("user", "access.user", MAX_USER));
        }
        return user;
    }
}
