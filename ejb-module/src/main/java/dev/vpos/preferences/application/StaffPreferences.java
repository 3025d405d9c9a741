package dev.vpos.preferences.application;

import dev.vpos.preferences.domain.StaffPreference;
import dev.vpos.preferences.infrastructure.StaffPreferenceRepository;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Language;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A member of staff's choices for the screens, stored per user so they follow the user to any browser: today the
 * language (English, Turkish, Arabic, Greek, Italian or Russian); none means the browser's language decides.
 */
@ApplicationScoped
public class StaffPreferences {

    private static final String SPOKEN =
            Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "));

    @Inject
    StaffPreferenceRepository preferences;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<Language> language(String user) {
        return preferences.find(user).flatMap(StaffPreference::language);
    }

    /**
     * Stores the user's language: a tag such as "ar" or "tr-TR"; null or blank follows the browser again. A language
     * the screens do not speak is refused (field {@code language}) and nothing changes.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Optional<Language> chooseLanguage(String user, String tag) {
        Language chosen = null;
        if (tag != null && !tag.isBlank()) {
            chosen = Language.of(tag)
                    .orElseThrow(
                            () -> new InvalidInputException(FieldError.of("language", "preference.language", SPOKEN)));
        }
        var now = OffsetDateTimes.now(clock);
        StaffPreference preference = preferences.find(user).orElseGet(() -> {
            StaffPreference created = new StaffPreference(user, now);
            preferences.add(created);
            return created;
        });
        preference.chooseLanguage(chosen, now);
        return Optional.ofNullable(chosen);
    }
}
