package dev.vpos.simulator.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutageFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/est/fim/api", "/est/fim/est3Dgate", "/garanti/VPServlet", "/posnet/XML"})
    void everyBankFamilyPathGoesDownWithTheBank(String path) {
        assertTrue(OutageFilter.isBankPath(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/index.html", "/control", "/control/outage", "/control/ledger"})
    void theControlsAndTheIndexPageStayUpDuringAnOutage(String path) {
        assertFalse(OutageFilter.isBankPath(path), path);
    }
}
