// class: trust-boundary — Spring handlers putting request values into the session
package com.example.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class AccountSessionController {

    @PostMapping("/account/tenant")
    public String selectTenant(@RequestParam("tenant") String tenant, HttpSession session) {
        // expect: trust-boundary
        session.setAttribute("tenantId", tenant);
        return "redirect:/dashboard";
    }

    @PostMapping("/account/locale")
    public String locale(@RequestHeader("Accept-Language") String language, HttpSession session) {
        // expect: trust-boundary
        session.setAttribute("locale", language);
        return "redirect:/dashboard";
    }

    @PostMapping("/account/page-size")
    public String pageSize(@RequestParam("size") String size, HttpSession session) {
        int parsed = Math.max(10, Math.min(100, Integer.parseInt(size)));
        // safe: trust-boundary
        session.setAttribute("pageSize", parsed);
        return "redirect:/dashboard";
    }

    @PostMapping("/account/tracking")
    public String tracking(@CookieValue("campaign") String campaign, HttpSession session) {
        // expect: trust-boundary
        session.setAttribute("campaign", campaign);
        return "redirect:/dashboard";
    }
}
