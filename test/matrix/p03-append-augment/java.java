// construct: taint already in a variable survives text appended to it with +=
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class Augment {
  void appendToCopy(HttpServletRequest request) throws IOException {
    String p = request.getParameter("p");
    String c = p;
    c += " -l";
    // expect: cmdi
    Runtime.getRuntime().exec(c);
  }

  void appendConstants(HttpServletRequest request) throws IOException {
    String c = "ls";
    c += " -l";
    // safe: cmdi
    Runtime.getRuntime().exec(c);
  }
}
