package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #13, item 4: wrong passwords lock a user name (and, in larger numbers, a client address) out for a while,
 * by HTTP Basic and the login form alike; the right password is refused during the lockout, another user is not
 * concerned, and the lockout ends by itself. The test server counts 5 per user and 30 per address within 60 s and
 * locks for 10 s (test.xml).
 */
class LoginThrottleIT {

    private static final Duration LOCKOUT = Duration.ofSeconds(10);

    @Test
    void twelveWrongPasswordsLockTheUserForAWhileNotOthersAndNotForGood() throws InterruptedException {
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = basic("auditor", "guess-" + i);
            assertTrue(last.statusCode() == 401 || last.statusCode() == 429, last.statusCode() + " " + last.body());
        }
        assertEquals(429, last.statusCode(), "locked after the fifth wrong password: " + last.body());
        long lockedAt = System.nanoTime();

        HttpResponse<String> right = basic("auditor", "auditor-test");
        assertEquals(429, right.statusCode(), "even the right password is refused while locked: " + right.body());
        assertTrue(
                right.headers().firstValue("Retry-After").isPresent(),
                right.headers().toString());
        assertTrue(right.body().contains("\"too_many_sign_in_attempts\""), right.body());
        HttpResponse<String> turkish = Sessions.send(basicRequest("auditor", "auditor-test")
                .header("Accept-Language", "tr")
                .build());
        assertTrue(turkish.body().contains("saniye sonra"), turkish.body());

        // the login form says so too
        HttpResponse<String> form = Sessions.signIn("auditor", "auditor-test", Map.of("Origin", Sessions.OWN_ORIGIN));
        assertEquals(302, form.statusCode());
        String where = form.headers().firstValue("Location").orElse("");
        assertTrue(where.contains("/vpos/login.html?locked="), where);

        // another user (same client address) is not concerned
        assertEquals(200, basic("finance", "finance-test").statusCode());

        // never for good: after the lockout the right password works again
        Thread.sleep(Math.max(0, LOCKOUT.toMillis() - (System.nanoTime() - lockedAt) / 1_000_000) + 1_500);
        HttpResponse<String> later = basic("auditor", "auditor-test");
        assertEquals(200, later.statusCode(), later.body());
    }

    @Test
    void manyWrongPasswordsFromOneAddressLockThatAddressForAWhile() throws InterruptedException {
        long lockedAt = 0;
        for (int i = 0; i < 40 && lockedAt == 0; i++) {
            // a different name each time: no user reaches its own limit, the address does
            HttpResponse<String> guess = basic("sprayed-" + System.nanoTime() + "-" + i, "password1");
            if (guess.statusCode() == 429) {
                lockedAt = System.nanoTime();
            } else {
                assertEquals(401, guess.statusCode(), guess.body());
            }
        }
        assertTrue(lockedAt != 0, "30 wrong passwords from one address lock it");
        HttpResponse<String> anyone = basic("finance", "finance-test");
        assertEquals(429, anyone.statusCode(), "a locked address signs nobody in: " + anyone.body());

        Thread.sleep(Math.max(0, LOCKOUT.toMillis() - (System.nanoTime() - lockedAt) / 1_000_000) + 1_500);
        assertEquals(200, basic("finance", "finance-test").statusCode(), "the address lockout ends by itself");
    }

    private static HttpResponse<String> basic(String user, String password) {
        return Sessions.send(basicRequest(user, password).build());
    }

    private static HttpRequest.Builder basicRequest(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(TestServer.API + "/me"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + token)
                .GET();
    }
}
