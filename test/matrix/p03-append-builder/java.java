// construct: a StringBuilder chain that appends request data
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class Builder {
  void appendChain(HttpServletRequest request) throws IOException {
    String p = request.getParameter("p");
    StringBuilder sb = new StringBuilder();
    sb.append("ls ").append(p);
    // expect: cmdi
    Runtime.getRuntime().exec(sb.toString());
  }

  void constantChain(HttpServletRequest request) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("ls ").append("-l");
    // safe: cmdi
    Runtime.getRuntime().exec(sb.toString());
  }
}
