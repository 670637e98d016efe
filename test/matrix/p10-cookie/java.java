// construct: a cookie created and configured on earlier lines is reported where it is sent
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

class SendCookies {
  void unsafe(HttpServletResponse response, String token) {
    Cookie session = new Cookie("SESSION", token);
    session.setPath("/");
    // expect: insecure-cookie
    response.addCookie(session);
  }

  void hardened(HttpServletResponse response, String token) {
    Cookie session = new Cookie("SESSION", token);
    session.setPath("/");
    session.setSecure(true);
    session.setHttpOnly(true);
    // safe: insecure-cookie
    response.addCookie(session);
  }
}
