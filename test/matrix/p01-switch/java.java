// construct: a switch where one case leaves the tainted value in place
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class Switches {
  void caseKeepsTaint(HttpServletRequest request, int mode) throws IOException {
    String cmd = request.getParameter("cmd");
    switch (mode) {
      case 1:
        cmd = "ls";
        break;
      case 2:
        break;
      default:
        cmd = "pwd";
    }
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void everyCaseConstant(HttpServletRequest request, int mode) throws IOException {
    String cmd = request.getParameter("cmd");
    switch (mode) {
      case 1:
        cmd = "ls";
        break;
      default:
        cmd = "pwd";
        break;
    }
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
