import java.util.Set;
import javax.servlet.http.*;
import org.springframework.web.context.request.*;
import org.springframework.web.server.WebSession;
import org.springframework.web.bind.annotation.*;

@RestController
public class PreferencesController {
    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "fr", "de");

    public void remember(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        // expect: trust-boundary
        request.getSession().setAttribute("lang", lang);
    }

    @PostMapping("/role")
    public void switchRole(@RequestParam String role, HttpSession session) {
        // expect: trust-boundary
        session.setAttribute("role", role);
    }

    public void legacy(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        // expect: trust-boundary
        session.putValue("returnTo", request.getHeader("Referer"));
    }

    public void rememberChecked(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (!SUPPORTED_LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unsupported language");
        }
        // safe: trust-boundary
        request.getSession().setAttribute("lang", lang);
    }

    @PostMapping("/page-size")
    public void pageSize(@RequestParam String size, HttpSession session) {
        // safe: trust-boundary
        session.setAttribute("pageSize", Integer.parseInt(size));
    }

    public void username(HttpServletRequest request) {
        String name = request.getParameter("name");
        if (name == null || !name.matches("[A-Za-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("bad name");
        }
        // safe: trust-boundary
        request.getSession().setAttribute("displayName", name);
    }

    public void visited(HttpServletRequest request, String userId) {
        // safe: trust-boundary
        request.getSession().setAttribute("lastVisit", System.currentTimeMillis());
    }

    public void shortName(HttpServletRequest req) {
        HttpSession s = req.getSession();
        String theme = req.getParameter("theme");
        if (theme == null || theme.isEmpty()) return;
        // expect: trust-boundary
        s.setAttribute("theme", theme);
    }

    public void requestScope(HttpServletRequest req) {
        // safe: trust-boundary
        req.setAttribute("q", req.getParameter("q"));
    }

    public void chooseAttribute(HttpServletRequest request) {
        String key = request.getParameter("key");
        // expect: trust-boundary
        request.getSession().setAttribute(key, Boolean.TRUE);
    }

    public void acceptHeader(HttpServletRequest request) {
        boolean json = request.getHeader("Accept").contains("json");
        String user = request.getParameter("user");
        // expect: trust-boundary
        request.getSession().setAttribute("user", user);
    }

    @PostMapping("/locale")
    public void springScope(@RequestParam String locale) {
        // expect: trust-boundary
        RequestContextHolder.currentRequestAttributes().setAttribute("locale", locale, RequestAttributes.SCOPE_SESSION);
    }

    @PostMapping("/cart")
    public void webflux(@RequestParam String coupon, WebSession session) {
        // expect: trust-boundary
        session.getAttributes().put("coupon", coupon);
    }

    @PostMapping("/locale2")
    public void springScopeChecked(@RequestParam String locale) {
        if (!SUPPORTED_LANGUAGES.contains(locale)) return;
        // safe: trust-boundary
        RequestContextHolder.currentRequestAttributes().setAttribute("locale", locale, RequestAttributes.SCOPE_SESSION);
    }

    @PostMapping("/cart2")
    public void webfluxConstant(@RequestParam String coupon, WebSession session) {
        // safe: trust-boundary
        session.getAttributes().put("couponSeen", Boolean.TRUE);
    }
}
