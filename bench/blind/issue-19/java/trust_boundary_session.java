// class: trust-boundary — request data stored into HttpSession attributes with and without validation
package com.example.checkout;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class CheckoutPreferencesServlet extends HttpServlet {

    private static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP");
    private static final Pattern COUPON = Pattern.compile("^[A-Z0-9]{6,12}$");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);

        String role = request.getParameter("role");
        // expect: trust-boundary
        session.setAttribute("userRole", role);

        // expect: trust-boundary
        session.putValue("shippingNote", request.getParameter("note"));

        String referrer = request.getHeader("Referer");
        // expect: trust-boundary
        session.setAttribute("returnTo", referrer);

        String currency = request.getParameter("currency");
        if (CURRENCIES.contains(currency)) {
            // safe: trust-boundary
            session.setAttribute("currency", currency);
        }

        String coupon = request.getParameter("coupon");
        if (coupon != null && COUPON.matcher(coupon).matches()) {
            // safe: trust-boundary
            session.setAttribute("coupon", coupon);
        }

        // safe: trust-boundary
        session.setAttribute("checkoutStarted", System.currentTimeMillis());

        response.sendRedirect("/checkout/review");
    }
}
