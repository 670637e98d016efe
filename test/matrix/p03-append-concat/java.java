// construct: String.concat keeps the taint of its receiver and argument
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class Concat {
  void concatRequest(HttpServletRequest request) throws IOException {
    String p = request.getParameter("p");
    String c = "ls ".concat(p);
    // expect: cmdi
    Runtime.getRuntime().exec(c);
  }

  void concatOnTainted(HttpServletRequest request) throws IOException {
    String c = request.getParameter("p");
    c = c.concat(" -l");
    // expect: cmdi
    Runtime.getRuntime().exec(c);
  }

  void concatConstants(HttpServletRequest request) throws IOException {
    String c = "ls ".concat("-l");
    // safe: cmdi
    Runtime.getRuntime().exec(c);
  }
}
