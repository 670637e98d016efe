import javax.servlet.http.*;
import org.springframework.http.*;

public class CookieSettings {

    public void insecure(HttpServletResponse response, String id) {
        Cookie cookie = new Cookie("SESSION", id);
        // expect: insecure-cookie
        cookie.setSecure(false);
        // expect: insecure-cookie
        cookie.setHttpOnly(false);
        response.addCookie(cookie);
    }

    public ResponseCookie builder(String token) {
        // expect: insecure-cookie
        return ResponseCookie.from("token", token).httpOnly(true).secure(false).build();
    }

    public void secure(HttpServletResponse response, String id) {
        Cookie cookie = new Cookie("SESSION", id);
        // safe: insecure-cookie
        cookie.setSecure(true);
        // safe: insecure-cookie
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public ResponseCookie builderSecure(String token) {
        // safe: insecure-cookie
        return ResponseCookie.from("token", token).httpOnly(true).secure(true).build();
    }

    public void notACookie(javax.net.ssl.SSLSocket socket) {
        // safe: insecure-cookie
        socket.setUseClientMode(false);
    }

    public org.springframework.session.web.http.DefaultCookieSerializer serializer() {
        org.springframework.session.web.http.DefaultCookieSerializer cookies = new org.springframework.session.web.http.DefaultCookieSerializer();
        // expect: insecure-cookie
        cookies.setUseSecureCookie(false);
        return cookies;
    }
}
