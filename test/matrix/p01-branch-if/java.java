// construct: a variable assigned on one branch of an if keeps the other path's value after the join
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class BranchIf {
  void defaultOnOneBranch(HttpServletRequest request) throws IOException {
    String p = request.getParameter("p");
    if (p == null) p = "";
    // expect: cmdi
    Runtime.getRuntime().exec(p);
  }

  void taintedElse(HttpServletRequest request, boolean verbose) throws IOException {
    String cmd = "ls";
    if (verbose) {
      cmd = request.getParameter("cmd");
    } else {
      cmd = "ls -l";
    }
    // expect: cmdi
    Runtime.getRuntime().exec(cmd);
  }

  void constantOnBothBranches(HttpServletRequest request, boolean verbose) throws IOException {
    String cmd = request.getParameter("cmd");
    if (verbose) {
      cmd = "ls -l";
    } else {
      cmd = "ls";
    }
    // safe: cmdi
    Runtime.getRuntime().exec(cmd);
  }
}
