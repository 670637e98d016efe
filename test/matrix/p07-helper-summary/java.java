// construct: values returned by same-file helpers, through a chain deeper than three calls
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class HelperChain {
  private static String one(String v) {
    return two(v);
  }

  private static String two(String v) {
    return three(v);
  }

  private static String three(String v) {
    return four(v);
  }

  private static String four(String v) {
    return "ls " + v;
  }

  private static String fixedOne(String v) {
    return fixedTwo(v);
  }

  private static String fixedTwo(String v) {
    return fixedThree(v);
  }

  private static String fixedThree(String v) {
    return fixedFour(v);
  }

  private static String fixedFour(String v) {
    return "uptime";
  }

  void deep(HttpServletRequest request) throws IOException {
    // expect: cmdi
    Runtime.getRuntime().exec(one(request.getParameter("dir")));
  }

  void deepConstant(HttpServletRequest request) throws IOException {
    // safe: cmdi
    Runtime.getRuntime().exec(fixedOne(request.getParameter("dir")));
  }
}
