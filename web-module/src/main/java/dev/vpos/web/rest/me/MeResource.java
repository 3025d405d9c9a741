package dev.vpos.web.rest.me;

import dev.vpos.preferences.application.StaffPreferences;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.Language;
import dev.vpos.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Who is signed in, with which roles and preferences: the screens use it to show what the user may do, and how. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> ALL_ROLES =
            List.of(Roles.VPOS_ADMIN, Roles.COLLECTOR, Roles.FINANCE, Roles.AUDITOR, Roles.PORTAL_CLIENT);

    /**
     * The caller, the module roles they hold, the business day and zone (the screens' "today" is the business day,
     * not the browser's: at 00:30 in Istanbul a browser on UTC is still on yesterday), and the language the user chose
     * for the screens (null: the browser's language decides), and the companies the caller works for: every company
     * ({@code allCompanies}: admins, and users granted the wildcard) or {@code companyIds} (empty: none).
     */
    public record Me(
            String user,
            List<String> roles,
            String businessZone,
            LocalDate businessDate,
            String language,
            boolean allCompanies,
            List<Long> companyIds) {}

    /** The user's choices for the screens: {@code language} is en, tr, ar, el, it, ru, or null (the browser's). */
    public record Preferences(String language) {}

    /** Body of {@code PUT /me/preferences}. */
    public static class PreferencesRequest {
        public String language;
    }

    @Context
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    StaffPreferences preferences;

    @Inject
    dev.vpos.web.access.CompanyAccess access;

    @GET
    public Me me() {
        String user = user();
        return new Me(
                user,
                ALL_ROLES.stream().filter(security::isUserInRole).toList(),
                clock.getZone().getId(),
                LocalDate.now(clock),
                tag(preferences.language(user)),
                access.scope().everyCompany(),
                access.scope().everyCompany() ? List.of() : access.scope().restriction());
    }

    @GET
    @Path("/preferences")
    public Preferences preferences() {
        return new Preferences(tag(preferences.language(user())));
    }

    /** Stores the user's language for the screens (400 on a language they do not speak; nothing changes then). */
    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Preferences choose(PreferencesRequest body) {
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        return new Preferences(tag(preferences.chooseLanguage(user(), body.language)));
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }

    private static String tag(Optional<Language> language) {
        return language.map(Language::tag).orElse(null);
    }
}
