// construct: a switch over constants whose default leaves cleans the variable it switches on
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class GuardSwitch {
  void leavingDefault(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    switch (cmd) {
      case "ls":
      case "pwd":
        break;
      default:
        return;
    }
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void stayingDefault(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    switch (cmd) {
      case "ls":
        break;
      default:
        System.out.println("other");
    }
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
