import java.time.Duration;
import javax.servlet.http.*;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class SessionController {

    @PostMapping("/login")
    public void login(@RequestParam String user, HttpServletResponse response) {
        String token = sessions.create(user);
        Cookie cookie = new Cookie("SESSION", token);
        cookie.setPath("/");
        // expect: insecure-cookie
        response.addCookie(cookie);
    }

    @PostMapping("/remember")
    public void remember(HttpServletResponse response, String userId) {
        Cookie rememberMe = new Cookie("remember_me", userId);
        rememberMe.setHttpOnly(true);
        rememberMe.setMaxAge(60 * 60 * 24 * 30);
        // expect: insecure-cookie
        response.addCookie(rememberMe);
    }

    @PostMapping("/api/login")
    public ResponseEntity<Void> apiLogin(@RequestParam String user) {
        ResponseCookie cookie = ResponseCookie.from("token", sessions.create(user)).path("/").build();
        // expect: insecure-cookie
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/legacy")
    public void legacy(HttpServletResponse response, String id) {
        // expect: insecure-cookie
        response.addHeader("Set-Cookie", "JSESSIONID=" + id + "; Path=/");
    }

    @PostMapping("/login2")
    public void loginSafely(@RequestParam String user, HttpServletResponse response) {
        // safe: insecure-cookie
        Cookie cookie = new Cookie("SESSION", sessions.create(user));
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/");
        // safe: insecure-cookie
        response.addCookie(cookie);
    }

    @PostMapping("/logout")
    public void logout(HttpServletResponse response) {
        // safe: insecure-cookie
        Cookie cookie = new Cookie("SESSION", "");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    @PostMapping("/api/login2")
    public ResponseEntity<Void> apiLoginSafely(@RequestParam String user) {
        // safe: insecure-cookie
        ResponseCookie cookie = ResponseCookie.from("token", sessions.create(user))
            .httpOnly(true).secure(true).sameSite("Strict").path("/").build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/legacy2")
    public void legacySafely(HttpServletResponse response, String id) {
        // safe: insecure-cookie
        response.addHeader("Set-Cookie", "JSESSIONID=" + id + "; Path=/; Secure; HttpOnly; SameSite=Strict");
    }

    public String readTheme(HttpServletRequest request) {
        // safe: insecure-cookie
        for (Cookie c : request.getCookies()) {
            if (c.getName().equals("theme")) return c.getValue();
        }
        return "light";
    }

    public void sessionCookieWithoutExpiry(HttpServletResponse response, String id) {
        Cookie cookie = new Cookie("JSESSIONID", id);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        // safe: insecure-cookie
        response.addCookie(cookie);
    }

    public void explicitlyInsecure(HttpServletResponse response, String id) {
        Cookie cookie = new Cookie("SESSION", id);
        cookie.setHttpOnly(true);
        // expect: insecure-cookie
        cookie.setSecure(false);
        response.addCookie(cookie);
    }

    public ResponseEntity<Void> crossSite(String token) {
        ResponseCookie cookie = ResponseCookie.from("token", token).httpOnly(true).sameSite("None").build();
        // expect: insecure-cookie
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public void headerWithoutSecure(HttpServletResponse response, String id) {
        // expect: insecure-cookie
        response.setHeader(HttpHeaders.SET_COOKIE, "sid=" + id + "; HttpOnly; SameSite=None");
    }

    public void headerSessionCookie(HttpServletResponse response, String id) {
        // safe: insecure-cookie
        response.setHeader(HttpHeaders.SET_COOKIE, "sid=" + id + "; Path=/; Secure; HttpOnly");
    }

    public void twoCookies(HttpServletResponse response, String sessionId, String theme) {
        Cookie session = new Cookie("SESSION", sessionId);
        session.setSecure(true);
        session.setHttpOnly(true);
        // safe: insecure-cookie
        response.addCookie(session);
        Cookie preference = new Cookie("theme", theme);
        // expect: insecure-cookie
        response.addCookie(preference);
    }

    public void inlineCookie(HttpServletResponse response, String id) {
        // expect: insecure-cookie
        response.addCookie(new Cookie("tracking", id));
    }

    public void crossSiteServlet(HttpServletResponse response, String id) {
        Cookie cookie = new Cookie("SESSION", id);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "None");
        // expect: insecure-cookie
        response.addCookie(cookie);
    }

    public void builderVariable(HttpServletResponse response, String token) {
        ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from("token", token);
        builder.httpOnly(true);
        builder.path("/");
        // expect: insecure-cookie
        response.addHeader(HttpHeaders.SET_COOKIE, builder.build().toString());
    }

    public void builderVariableSafely(HttpServletResponse response, String token) {
        ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from("token", token);
        builder.httpOnly(true).secure(true);
        // safe: insecure-cookie
        response.addHeader(HttpHeaders.SET_COOKIE, builder.build().toString());
    }

    public javax.ws.rs.core.Response jaxrs(String token) {
        javax.ws.rs.core.NewCookie cookie = new javax.ws.rs.core.NewCookie.Builder("token").value(token).path("/").build();
        // expect: insecure-cookie
        return javax.ws.rs.core.Response.ok().cookie(cookie).build();
    }

    public javax.ws.rs.core.Response jaxrsSafely(String token) {
        javax.ws.rs.core.NewCookie cookie = new javax.ws.rs.core.NewCookie.Builder("token").value(token).secure(true).httpOnly(true).build();
        // safe: insecure-cookie
        return javax.ws.rs.core.Response.ok().cookie(cookie).build();
    }

    public HttpHeaders headers(String id) {
        HttpHeaders headers = new HttpHeaders();
        // expect: insecure-cookie
        headers.add(HttpHeaders.SET_COOKIE, "sid=" + id + "; Path=/; HttpOnly");
        return headers;
    }
}
