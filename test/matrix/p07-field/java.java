// construct: a class field set from the request in one method and read in another
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class FieldFlow {
  private String command;
  private String target;
  private String fixed = "ls";
  private final String label;

  FieldFlow() {
    this.label = "uptime";
  }

  void load(HttpServletRequest request) {
    this.command = request.getParameter("cmd");
    target = request.getParameter("target");
  }

  void run() throws IOException {
    // expect: cmdi
    Runtime.getRuntime().exec(this.command);
  }

  void runBare() throws IOException {
    // expect: cmdi
    Runtime.getRuntime().exec("ping " + target);
  }

  void runFixed() throws IOException {
    // safe: cmdi
    Runtime.getRuntime().exec(fixed);
  }

  void runLabel() throws IOException {
    // safe: cmdi
    Runtime.getRuntime().exec(this.label);
  }
}
