// construct: a ternary carries its arms, not its condition
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class Ternary {
  void taintedArm(HttpServletRequest request, boolean verbose) throws IOException {
    String cmd = verbose ? request.getParameter("cmd") : "ls";
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void taintedCondition(HttpServletRequest request) throws IOException {
    String cmd = "long".equals(request.getParameter("mode")) ? "ls -l" : "ls";
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
