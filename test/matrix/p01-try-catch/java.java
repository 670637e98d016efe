// construct: an assignment in try may not have happened in catch; finally sees both
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class TryCatch {
  void fallbackInCatch(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    try {
      cmd = "ls " + Integer.parseInt(cmd);
    } catch (NumberFormatException e) {
      // expect: cmdi
      Runtime.getRuntime().exec(cmd);
    }
  }

  void finallySeesTry(HttpServletRequest request) throws IOException {
    String cmd = "ls";
    try {
      cmd = request.getParameter("cmd");
      cmd = "ls -l";
    } finally {
      // expect: cmdi
      Runtime.getRuntime().exec(cmd);
    }
  }

  void constantEverywhere(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    try {
      cmd = "ls";
    } catch (RuntimeException e) {
      cmd = "ls -l";
    }
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
