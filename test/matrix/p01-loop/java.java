// construct: a definition inside a loop reaches the code after the loop and the next iteration
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class Loops {
  void assignedInLoop(HttpServletRequest request, String[] names) throws IOException {
    String cmd = "ls";
    for (String name : names) {
      if (name.equals("x")) cmd = request.getParameter(name);
    }
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void nextIteration(HttpServletRequest request, int n) throws IOException {
    String cmd = "ls";
    String next = "ls";
    int i = 0;
    while (i < n) {
      // expect: cmdi
      Runtime.getRuntime().exec(cmd);
      cmd = next;
      next = request.getParameter("c");
      i++;
    }
  }

  void constantInLoop(HttpServletRequest request, int n) throws IOException {
    String cmd = request.getParameter("c");
    for (int i = 0; i < n; i++) {
      cmd = "ls";
      // safe: cmdi
      Runtime.getRuntime().exec(cmd);
    }
  }
}
