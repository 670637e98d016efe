// class: insecure-cookie — javax.servlet Cookie: missing Secure/HttpOnly at addCookie, explicit false on the setting, no expiry alone is fine
package com.example.session;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sessionToken = UUID.randomUUID().toString();

        Cookie session = new Cookie("SESSION", sessionToken);
        session.setPath("/");
        // expect: insecure-cookie
        response.addCookie(session);

        Cookie lang = new Cookie("lang", "en");
        lang.setSecure(true);
        lang.setMaxAge(31_536_000);
        // expect: insecure-cookie
        response.addCookie(lang);

        Cookie auth = new Cookie("AUTH", sessionToken);
        auth.setHttpOnly(true);
        auth.setSecure(true);
        auth.setPath("/");
        // safe: insecure-cookie
        response.addCookie(auth);

        response.sendRedirect("/home");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie tracking = new Cookie("visitor", UUID.randomUUID().toString());
        tracking.setHttpOnly(true);
        // expect: insecure-cookie
        tracking.setSecure(false);
        tracking.setMaxAge(86_400);
        response.addCookie(tracking);

        Cookie csrf = new Cookie("XSRF-TOKEN", UUID.randomUUID().toString());
        csrf.setSecure(true);
        // expect: insecure-cookie
        csrf.setHttpOnly(false);
        response.addCookie(csrf);

        Cookie consent = new Cookie("consent", "yes");
        consent.setSecure(true);
        consent.setHttpOnly(true);
        consent.setMaxAge(60 * 60 * 24 * 365);
        // safe: insecure-cookie
        response.addCookie(consent);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        Cookie cleared = new Cookie("SESSION", "");
        cleared.setMaxAge(0);
        cleared.setPath("/");
        cleared.setSecure(true);
        cleared.setHttpOnly(true);
        // safe: insecure-cookie
        response.addCookie(cleared);
    }
}
