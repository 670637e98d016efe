// construct: membership in a constant collection or equality with a constant, tested before the sink
import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

class GuardAllowList {
  private static final Set<String> COMMANDS = Set.of("ls", "pwd");

  void member(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    if (!COMMANDS.contains(cmd)) return;
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void equalsConstant(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    if (cmd.equals("ls")) {
      // safe: cmdi
      Runtime.getRuntime().exec(cmd);
    }
  }

  void notMember(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    if (COMMANDS.contains(cmd)) System.out.println("known");
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
