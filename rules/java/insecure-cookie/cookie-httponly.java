import javax.servlet.http.*;
import org.springframework.http.*;

public class PreferenceController {

    public void remember(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("remember_me", token);
        cookie.setSecure(true);
        cookie.setMaxAge(60 * 60 * 24 * 14);
        // expect: insecure-cookie
        response.addCookie(cookie);
    }

    public void rememberSafely(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("remember_me", token);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        // safe: insecure-cookie
        response.addCookie(cookie);
    }

    public ResponseEntity<Void> api(String token) {
        ResponseCookie cookie = ResponseCookie.from("api_session", token).secure(true).sameSite("Strict").build();
        // expect: insecure-cookie
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public ResponseEntity<Void> apiSafely(String token) {
        ResponseCookie cookie = ResponseCookie.from("api_session", token).secure(true).httpOnly(true).sameSite("Strict").build();
        // safe: insecure-cookie
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public void two(HttpServletResponse response, String sid, String csrf) {
        Cookie session = new Cookie("sid", sid);
        session.setSecure(true);
        session.setHttpOnly(true);
        response.addCookie(session);
        Cookie other = new Cookie("prefs", csrf);
        other.setSecure(true);
        // expect: insecure-cookie
        response.addCookie(other);
    }

    public void forget(HttpServletResponse response) {
        Cookie cookie = new Cookie("remember_me", "");
        cookie.setMaxAge(0);
        // safe: insecure-cookie
        response.addCookie(cookie);
    }
}
