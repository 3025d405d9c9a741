package dev.vpos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks a user name and password against the server's user registry (basicRegistry on the demo and test
 * servers, LDAP or another registry in production) through the server's JAAS login configuration, and reads
 * the user's groups from the resulting credential, so the module keeps no users, passwords or groups of its own.
 */
@ApplicationScoped
public class RegistryPasswordCheck {

    static final String LOGIN_CONFIGURATION = "system.DEFAULT";
    private static final String REGISTRY_HELPER = "com.ibm.wsspi.security.registry.RegistryHelper";
    private static final String USER_REGISTRY = "com.ibm.websphere.security.UserRegistry";
    private static final Logger LOG = Logger.getLogger(RegistryPasswordCheck.class.getName());

    /**
     * Who the registry says a signed-in user is: its realm (the basicRegistry's {@code vpos}) and group access ids (e.g.
     * {@code group:vpos/vpos-finance}).
     */
    public record Caller(String realm, Set<String> groups) {}

    /** The user's realm and groups if the password is right; empty otherwise. */
    public Optional<Caller> callerIfValid(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        try {
            LoginContext login = new LoginContext(LOGIN_CONFIGURATION, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    }
                }
            });
            login.login();
            Set<String> groups = groups(login.getSubject());
            String realm = realm(login.getSubject());
            login.logout();
            return Optional.of(new Caller(realm, groups));
        } catch (LoginException e) {
            return Optional.empty();
        }
    }

    /**
     * Who the registry says {@code user} is, without a password: for a person whose sign-in session the database vouches
     * for (the password was checked when the session was issued, perhaps on another node). Read from the registry on
     * every call through Liberty's {@code com.ibm.wsspi.security.registry.RegistryHelper} (an {@code ibm-api} package
     * applications see), so a user removed from the registry, or from a group, loses the session's rights at the next
     * request. Group access ids are built as Liberty builds them ({@code group:<realm>/<unique group id>}), the form
     * {@link #callerIfValid} hands back. Empty when the registry does not know the user or cannot be asked.
     */
    public Optional<Caller> callerByName(String user) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        try {
            Object registry = Class.forName(REGISTRY_HELPER)
                    .getMethod("getUserRegistry", String.class)
                    .invoke(null, (Object) null);
            Class<?> type = Class.forName(USER_REGISTRY);
            if (!(Boolean) type.getMethod("isValidUser", String.class).invoke(registry, user)) {
                return Optional.empty();
            }
            String realm = (String) type.getMethod("getRealm").invoke(registry);
            String uniqueId =
                    (String) type.getMethod("getUniqueUserId", String.class).invoke(registry, user);
            Set<String> groups = new HashSet<>();
            for (Object id :
                    (List<?>) type.getMethod("getUniqueGroupIds", String.class).invoke(registry, uniqueId)) {
                groups.add("group:" + realm + "/" + id);
            }
            return Optional.of(new Caller(realm, groups));
        } catch (InvocationTargetException e) {
            LOG.log(Level.WARNING, "The user registry could not say who a signed-in user is", e.getCause());
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The user registry cannot be asked for a signed-in user", e);
            return Optional.empty();
        }
    }

    /**
     * The registry's realm from the server's credential ({@code WSCredential.getRealmName}); null when there is none.
     * Handed back with the login, so the container's token names the user in the registry's realm and every node
     * rebuilds the same caller from it (a token in another realm is refused as foreign).
     */
    private static String realm(Subject subject) {
        for (Object credential : subject.getPublicCredentials()) {
            try {
                Object realm = credential.getClass().getMethod("getRealmName").invoke(credential);
                if (realm != null && !realm.toString().isBlank()) {
                    return realm.toString();
                }
            } catch (NoSuchMethodException e) {
                // not the registry's credential
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot read the realm of a signed-in user", e);
            }
        }
        return null;
    }

    /**
     * The server's credential (Liberty's {@code WSCredential}) lists the group access ids such as
     * {@code group:vpos/vpos-finance}. Handed back to the container as they are, they match the groups that
     * the application binding maps to roles (plain group names would be taken for another realm).
     */
    private static Set<String> groups(Subject subject) {
        Set<String> groups = new HashSet<>();
        for (Object credential : subject.getPublicCredentials()) {
            try {
                Method getGroupIds = credential.getClass().getMethod("getGroupIds");
                for (Object id : (List<?>) getGroupIds.invoke(credential)) {
                    String access = String.valueOf(id);
                    groups.add(access);
                }
            } catch (NoSuchMethodException e) {
                // not the registry's credential
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot read the groups of a signed-in user", e);
            }
        }
        return groups;
    }
}
