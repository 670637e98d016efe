// construct: a validation guard that leaves early cleans the variable it tests after it
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class GuardReturn {
  void guarded(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    if (!isAllowed(cmd)) {
      return;
    }
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void guardedThrow(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    if (!isAllowed(cmd)) throw new IllegalArgumentException("bad command");
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void unguarded(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  private static boolean isAllowed(String cmd) {
    return cmd.equals("ls") || cmd.equals("pwd");
  }
}
