// construct: a switch expression carries the value of its arms, not its selector
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class SwitchExpression {
  void taintedArm(HttpServletRequest request, String mode) throws IOException {
    String cmd =
        switch (mode) {
          case "custom" -> request.getParameter("cmd");
          default -> "ls";
        };
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void constantArms(HttpServletRequest request) throws IOException {
    String cmd =
        switch (request.getParameter("mode")) {
          case "long" -> "ls -l";
          case "all" -> {
            yield "ls -a";
          }
          default -> "ls";
        };
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
