// construct: a check on another branch, on another variable, or a mere mention cleans nothing
import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

class GuardMisplaced {
  private static final Set<String> COMMANDS = Set.of("ls", "pwd");

  void otherBranch(HttpServletRequest request, boolean strict) throws IOException {
    String cmd = request.getParameter("cmd");
    if (strict) {
      if (!COMMANDS.contains(cmd)) return;
    }
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void otherVariable(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    String mode = request.getParameter("mode");
    if (!COMMANDS.contains(mode)) return;
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void mereMention(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    System.out.println("allowed: " + COMMANDS.contains("ls"));
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void placedRight(HttpServletRequest request) throws IOException {
    String cmd = request.getParameter("cmd");
    if (!COMMANDS.contains(cmd)) return;
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
