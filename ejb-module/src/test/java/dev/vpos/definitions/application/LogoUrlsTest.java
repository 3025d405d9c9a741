package dev.vpos.definitions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogoUrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://cdn.example.com/banks/ziraat.svg",
                "/vpos/assets/logos/est.svg",
                "/logos/our-bank.png",
                "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
                "data:image/png;base64,iVBORw0KGgo="
            })
    void whatTheScreensMayLoadIsKept(String url) {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(url, LogoUrls.validate("  " + url + " ", errors));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://cdn.example.com/banks/ziraat.svg",
                "javascript:alert(1)",
                "//evil.example/logo.png",
                "data:text/html;base64,PGI+PC9iPg==",
                "logo.png",
                "https:///no-host.png"
            })
    void anythingElseIsRefusedOnTheLogoField(String url) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(LogoUrls.validate(url, errors));
        assertEquals(List.of(FieldError.of("logoUrl", "definition.logoUrl")), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void noLogoIsNoLogo(String url) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(LogoUrls.validate(url, errors));
        assertTrue(errors.isEmpty());
    }
}
