package dev.vpos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
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
    private static final Logger LOG = Logger.getLogger(RegistryPasswordCheck.class.getName());

    /** The user's group access ids (e.g. {@code group:vpos/vpos-finance}) if the password is right; empty otherwise. */
    public Optional<Set<String>> groupsIfValid(String user, String password) {
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
            login.logout();
            return Optional.of(groups);
        } catch (LoginException e) {
            return Optional.empty();
        }
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
