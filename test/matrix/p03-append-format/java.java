// construct: a formatted string built from request data, then extended
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class Format {
  void formatThenAppend(HttpServletRequest request) throws IOException {
    String c = String.format("ls %s", request.getParameter("dir"));
    c += " -l";
    // expect: cmdi
    Runtime.getRuntime().exec(c);
  }

  void formatConstants(HttpServletRequest request) throws IOException {
    String c = String.format("ls %s", "/srv");
    c += " -l";
    // safe: cmdi
    Runtime.getRuntime().exec(c);
  }
}
