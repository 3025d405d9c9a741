package dev.vpos.simulator.mypos;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The myPOS Checkout URL {@code /mypos/vmp/checkout-test} (and {@code /mypos/vmp/checkout}): the payer's browser
 * posts the shop's IPCPurchase form here and gets the checkout page; shops post their server-to-server calls here
 * and get JSON. The card page posts to {@code …/card}, its cancel button to {@code …/cancel}. The body is read
 * raw so that the properties keep their order (myPOS signs values in order).
 */
@WebServlet(urlPatterns = {"/mypos/vmp/checkout-test", "/mypos/vmp/checkout", "/mypos/vmp/card", "/mypos/vmp/cancel"})
public class MyPosServlet extends HttpServlet {

    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    MyPosHolder holder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] raw = request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
        Optional<IpcForm> form = raw.length > MAX_REQUEST_BYTES
                ? Optional.empty()
                : IpcForm.parse(new String(raw, StandardCharsets.UTF_8));
        MyPosCheckout checkout = holder.checkout();
        if (form.isEmpty()) {
            page(
                    response,
                    new MyPosCheckout.Page(
                            MyPosCheckout.Page.Kind.ERROR,
                            400,
                            MyPosPages.error(1, "The request is not a readable form"),
                            null,
                            null,
                            java.util.Map.of()));
            return;
        }
        String path = request.getServletPath();
        if (path.endsWith("/card")) {
            page(response, checkout.pay(form.get().asMap()));
        } else if (path.endsWith("/cancel")) {
            page(response, checkout.cancel(form.get().asMap()));
        } else if ("IPCPurchase".equals(form.get().get("IPCmethod"))) {
            page(response, checkout.open(form.get()));
        } else {
            byte[] json = checkout.api(form.get());
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(json);
        }
    }

    private static void page(HttpServletResponse response, MyPosCheckout.Page page) throws IOException {
        response.setStatus(page.httpStatus());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page.html().getBytes(StandardCharsets.UTF_8));
    }
}
