package dev.vpos.gateway.param;

import static dev.vpos.gateway.param.ParamGatewayContractTest.orderId;
import static dev.vpos.gateway.param.ParamGatewayContractTest.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Param's CXF proxies are built once and lent to one call at a time ({@link ParamPorts}), through the real transport
 * against the simulated bank: calls in a row share one proxy; calls at once never share one and each logs its own
 * envelopes and gets its own answer; other deadlines get their own proxy; a proxy whose call failed in transport is
 * not lent again.
 */
class ParamPortsTest {

    private static final String CARD = "4355084355084358";

    private final ParamSimulatedBank sim = new ParamSimulatedBank();
    private final ParamSoapClient soap = new ParamSoapClient();
    private final ParamGateway gateway = new ParamGateway(soap);

    @AfterEach
    void stop() {
        soap.shutdown();
        sim.close();
    }

    private static void approved(GatewayResult r) {
        assertEquals(
                GatewayOutcome.APPROVED,
                r.outcome(),
                r.bankMessage() + " " + r.exchange().failure());
    }

    @Test
    void callsInARowToOneDefinitionShareOneProxy() {
        for (int i = 0; i < 5; i++) {
            String id = orderId();
            approved(gateway.sale(sale(id, "10.0" + i, CARD), sim.account()));
            approved(gateway.status(id, sim.account()));
        }

        assertEquals(1, soap.ports().created(), "ten calls, one proxy and conduit");
        assertEquals(1, soap.ports().idle());
    }

    @Test
    void callsAtOnceNeverShareAProxyAndEachLogsItsOwnEnvelopesAndAnswer() throws Exception {
        int callers = 12;
        int each = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, GatewayResult> results = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            done.add(pool.submit(() -> {
                go.await();
                for (int k = 0; k < each; k++) {
                    String id = orderId();
                    String amount = (100 + caller) + "." + (10 + k);
                    results.put(id + " " + amount, gateway.sale(sale(id, amount, CARD), sim.account()));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertEquals(callers * each, results.size());
        for (Map.Entry<String, GatewayResult> e : results.entrySet()) {
            String id = e.getKey().split(" ")[0];
            String amount = e.getKey().split(" ")[1];
            GatewayResult r = e.getValue();
            approved(r);
            String sent = r.exchange().maskedRequest();
            assertTrue(sent.contains(">" + id + "<") && sent.contains(">" + amount.replace('.', ',') + "<"), sent);
            for (String other : results.keySet()) {
                String otherId = other.split(" ")[0];
                assertFalse(!otherId.equals(id) && sent.contains(otherId), "another call's envelope in " + id);
            }
            List<LedgerEntry> booked = sim.ledger.entriesOf("PARAM", "10738", id);
            assertEquals(1, booked.size(), id);
            assertEquals(new BigDecimal(amount), booked.get(0).amount());
            assertEquals(booked.get(0).transId(), r.transId(), "the answer to this call, not another's");
            assertTrue(
                    r.exchange().maskedResponse().contains(booked.get(0).transId()),
                    r.exchange().maskedResponse());
        }
        int created = soap.ports().created();
        assertTrue(created >= 2 && created <= callers, "one proxy per caller at most, built " + created);
        assertEquals(created, soap.ports().idle(), "every proxy given back");
    }

    @Test
    void anotherDeadlineGetsItsOwnProxyAndOneWhoseCallFailedInTransportIsNotLentAgain() {
        approved(gateway.sale(sale(orderId(), "10.00", CARD), sim.account()));
        assertEquals(1, soap.ports().created());

        GatewayResult late = gateway.sale(sale(orderId(), "7777.77", CARD), sim.impatientAccount());
        assertEquals(GatewayOutcome.UNKNOWN, late.outcome());
        assertEquals(2, soap.ports().created(), "a shorter deadline is another conduit");
        assertEquals(1, soap.ports().idle(), "the proxy that timed out was destroyed, not given back");

        approved(gateway.sale(sale(orderId(), "10.00", CARD), sim.impatientAccount()));
        assertEquals(3, soap.ports().created());
        approved(gateway.sale(sale(orderId(), "10.00", CARD), sim.account()));
        assertEquals(3, soap.ports().created(), "the first deadline's proxy is still there");
        assertEquals(2, soap.ports().idle());
    }
}
