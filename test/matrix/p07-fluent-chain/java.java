// construct: fluent chains carry what enters them, and a lambda in the chain decides what leaves
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

class FluentChain {
  private static final Set<String> COMMANDS = Set.of("ls", "pwd");

  void optional(HttpServletRequest request) throws IOException {
    String cmd = Optional.ofNullable(request.getParameter("cmd")).map(String::trim).orElse("ls");
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void mappedAway(HttpServletRequest request) throws IOException {
    String cmd = Optional.ofNullable(request.getParameter("cmd")).map(c -> "uptime").orElse("ls");
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void builder(HttpServletRequest request) throws IOException {
    String cmd = new StringBuilder().append("ls ").append(request.getParameter("dir")).toString();
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void allowListed(HttpServletRequest request) throws IOException {
    String cmd = Optional.ofNullable(request.getParameter("cmd")).filter(COMMANDS::contains).orElse("ls");
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void constantBuilder() throws IOException {
    String cmd = new StringBuilder().append("ls ").append("-l").toString();
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
