// construct: ternary and short-circuit assignments carry either arm
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class ShortCircuit {
  void ternaryDefault(HttpServletRequest request) throws IOException {
    String p = request.getParameter("p");
    p = p == null ? "" : p;
    // expect: cmdi
    Runtime.getRuntime().exec(p);
  }

  void ternaryBothConstant(HttpServletRequest request) throws IOException {
    String p = request.getParameter("p");
    String cmd = p == null ? "ls" : "ls -l";
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
