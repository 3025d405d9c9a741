package dev.vpos.simulator.mypos;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.hosted.ProviderTexts;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulated myPOS card page speaks the purchase's IPCLanguage (GR is Greek); Arabic is right to left. */
class MyPosPagesTest {

    private static final MyPosMerchants.Store STORE =
            new MyPosMerchants.Store("000000000000010", "61938166610", Map.of(), Set.of("EUR"), "Demo shop");

    private static String page(String ipcLanguage) {
        return MyPosPages.card("s1", STORE, "12.50", "EUR", "VP9", true, "", ProviderTexts.of(ipcLanguage));
    }

    @Test
    void theCardPageIsInTheLanguageMyPosWasAskedFor() {
        assertTrue(page("IT").contains("<html lang=\"it\" dir=\"ltr\">")
                && page("IT").contains(">Paga</button>"));
        assertTrue(page("GR").contains("<html lang=\"el\" dir=\"ltr\">"), page("GR"));
        assertTrue(page("GR").contains(">Πληρωμή</button>"), page("GR"));
        assertTrue(page("EN").contains(">Pay</button>") && page("EN").contains("this shop&#39;s next payments"));
        assertTrue(page("AR").contains("<html lang=\"ar\" dir=\"rtl\">")
                && page("AR").contains(">ادفع</button>"));
        assertTrue(page("BG").contains(">Pay</button>"), "a language without texts here: English");
        assertTrue(page("TR").contains("<b id=\"amount\" dir=\"ltr\">12.50 EUR</b>"), page("TR"));
    }
}
