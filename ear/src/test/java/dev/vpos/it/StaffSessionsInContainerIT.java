package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.infrastructure.sessions.SessionPolicy;
import dev.vpos.shared.infrastructure.sessions.SessionTokens;
import dev.vpos.shared.infrastructure.sessions.StaffSessions;
import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People's sign-in is a session of our own that the database vouches for, so a request that lands on another node is
 * still signed in: the login form sets {@code VPOS_SESSION} (HttpOnly, SameSite=Lax, Path=/vpos) and stores only the
 * id's hash; the server accepts a session another node issued (written here by a second {@link StaffSessions} on the
 * same database, as another node would), and refuses a cookie at once when its row is gone — the cookie is checked
 * against the table on every request, not against this node's memory. Runs inside the server for the database; talks to
 * the module over HTTP as a browser would.
 */
@ExtendWith(ArquillianExtension.class)
class StaffSessionsInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerArchive.of("vpos-staff-sessions-it.war", StaffSessionsInContainerIT.class);
    }

    /** Our own pages' origin: a change sent with the session cookie must name it (the cross-site check). */
    private String origin() {
        URI u = URI.create(base());
        return u.getScheme() + "://" + u.getAuthority();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Resource(lookup = "jdbc/vpos")
    DataSource dataSource;

    /** This server's own address (server.xml makes the simulator's URL from its HTTP port). */
    private static String base() {
        URI bank = URI.create(ConfigProvider.getConfig().getValue("vpos.demo.bankBaseUrl", String.class));
        return bank.getScheme() + "://" + bank.getAuthority() + "/vpos";
    }

    @Test
    void theLoginFormSetsTheSessionCookieAndOnlyItsHashIsStored() throws Exception {
        HttpResponse<String> login = signIn("finance", "finance-test");

        assertEquals(302, login.statusCode());
        assertTrue(
                login.headers().firstValue("Location").orElse("").endsWith("/vpos/"),
                login.headers().toString());
        String header = sessionSetCookie(login)
                .orElseThrow(() -> new AssertionError(login.headers().toString()));
        String token = value(header);
        assertTrue(SessionTokens.wellFormed(token), header);
        String attributes = header.toLowerCase();
        assertTrue(attributes.contains("; path=/vpos"), header);
        assertTrue(attributes.contains("; httponly"), header);
        assertTrue(attributes.contains("; samesite=lax"), header);
        assertFalse(attributes.contains("; secure"), "plain HTTP: not Secure; " + header);
        assertFalse(attributes.contains("max-age"), "a browser session cookie; " + header);
        assertFalse(
                login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("LtpaToken2=")),
                "people's sign-in is no LTPA token any more: " + login.headers().allValues("Set-Cookie"));

        assertEquals(Optional.of("finance"), storedUser(SessionTokens.hash(token)));
        assertEquals(Optional.empty(), storedUser(token), "the id itself is not stored");

        HttpResponse<String> me = get("/api/v1/me", token);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"user\":\"finance\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"FINANCE\"]"), me.body());
    }

    @Test
    void removingTheRowInTheDatabaseSignsThePersonOutAtOnce() throws Exception {
        String token = value(sessionSetCookie(signIn("finance", "finance-test")).orElseThrow());
        assertEquals(200, get("/api/v1/me", token).statusCode());
        assertEquals(200, get("/api/v1/me", token).statusCode(), "asked again: still the same session");

        assertEquals(1, update("delete from staff_session where id_hash = ?", SessionTokens.hash(token)));

        HttpResponse<String> api = get("/api/v1/me", token);
        assertEquals(401, api.statusCode(), api.body());
        assertTrue(
                sessionSetCookie(api)
                        .map(c -> value(c).isEmpty() && c.toLowerCase().contains("max-age=0"))
                        .orElse(false),
                "the browser is told to forget the cookie: " + api.headers().allValues("Set-Cookie"));
        HttpResponse<String> screen = get("/", token);
        assertEquals(302, screen.statusCode());
        assertTrue(screen.headers().firstValue("Location").orElse("").contains("/vpos/login.html"));
    }

    @Test
    void aSessionAnotherNodeIssuedIsAcceptedWithTheRegistrysGroups() throws Exception {
        StaffSessions otherNode = new StaffSessions(dataSource, Clock.systemUTC(), SessionPolicy.DEFAULT);
        String token = otherNode.open("aylin").token();

        HttpResponse<String> me = get("/api/v1/me", token);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"user\":\"aylin\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"COLLECTOR\",\"FINANCE\"]"), me.body());
        assertEquals(200, get("/", token).statusCode(), "a screen too");
        assertEquals(
                403,
                get("/api/v1/companies/1/vpos-definitions/1", token).statusCode(),
                "roles still decide: aylin is no admin");

        assertTrue(otherNode.close(token), "logged out on the other node");
        assertEquals(401, get("/api/v1/me", token).statusCode());
    }

    @Test
    void aSessionOfAUserTheRegistryNoLongerHasIsRefusedAndEnded() throws Exception {
        String token = new StaffSessions(dataSource, Clock.systemUTC(), SessionPolicy.DEFAULT)
                .open("someone-removed")
                .token();

        assertEquals(401, get("/api/v1/me", token).statusCode());
        assertEquals(Optional.empty(), storedUser(SessionTokens.hash(token)));
    }

    @Test
    void logoutDeletesTheRowAndClearsTheCookie() throws Exception {
        String token = value(sessionSetCookie(signIn("auditor", "auditor-test")).orElseThrow());
        assertEquals(200, get("/api/v1/me", token).statusCode());

        HttpResponse<String> logout = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/logout"))
                        .header("Cookie", "VPOS_SESSION=" + token)
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElse("").contains("/vpos/login.html?signedOut=1"));
        assertTrue(
                sessionSetCookie(logout).map(c -> value(c).isEmpty()).orElse(false),
                logout.headers().toString());
        assertEquals(Optional.empty(), storedUser(SessionTokens.hash(token)));
        assertEquals(401, get("/api/v1/me", token).statusCode());
    }

    @Test
    void signingInAgainEndsTheBrowsersPreviousSession() throws Exception {
        String first = value(sessionSetCookie(signIn("finance", "finance-test")).orElseThrow());

        HttpResponse<String> again = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "VPOS_SESSION=" + first)
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString("username=collector&password=collector-test"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        String second = value(sessionSetCookie(again).orElseThrow());
        assertFalse(second.equals(first), "a new id");
        assertEquals(Optional.empty(), storedUser(SessionTokens.hash(first)));
        assertEquals(Optional.of("collector"), storedUser(SessionTokens.hash(second)));
        assertEquals(401, get("/api/v1/me", first).statusCode());
        assertTrue(get("/api/v1/me", second).body().contains("\"user\":\"collector\""));
    }

    @Test
    void aWrongPasswordOpensNoSessionAndAForgedCookieIsRefused() throws Exception {
        HttpResponse<String> login = signIn("finance", "wrong");
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").contains("/vpos/login.html?error=1"));
        assertEquals(Optional.empty(), sessionSetCookie(login));

        assertEquals(401, get("/api/v1/me", SessionTokens.newToken()).statusCode());
        assertEquals(401, get("/api/v1/me", "not-a-session").statusCode());
    }

    @Test
    void programsWithBasicAuthenticationGetNoSession() throws Exception {
        HttpResponse<String> me = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "finance:finance-test".getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, me.statusCode(), me.body());
        assertEquals(Optional.empty(), sessionSetCookie(me));
    }

    private static HttpResponse<String> signIn(String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Accept", "application/json")
                        .header("Cookie", "VPOS_SESSION=" + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionSetCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("VPOS_SESSION=")).findFirst();
    }

    /** The cookie's value (Liberty writes a cleared one as {@code ""}). */
    private static String value(String setCookie) {
        int semicolon = setCookie.indexOf(';');
        String value = setCookie.substring("VPOS_SESSION=".length(), semicolon < 0 ? setCookie.length() : semicolon);
        return value.equals("\"\"") ? "" : value;
    }

    private Optional<String> storedUser(String idHash) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("select user_name from staff_session where id_hash = ?")) {
            p.setString(1, idHash);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private int update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            return p.executeUpdate();
        }
    }
}
