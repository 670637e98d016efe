// construct: a same-file helper that returns the cleaned value
import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

class CleanHelper {
  private static final Set<String> COMMANDS = Set.of("ls", "pwd");

  private static String checked(String cmd) {
    if (!COMMANDS.contains(cmd)) {
      throw new IllegalArgumentException("bad command");
    }
    return cmd;
  }

  private static String passThrough(String cmd) {
    return cmd.trim();
  }

  void cleaned(HttpServletRequest request) throws IOException {
    String cmd = checked(request.getParameter("cmd"));
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void notCleaned(HttpServletRequest request) throws IOException {
    String cmd = passThrough(request.getParameter("cmd"));
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
