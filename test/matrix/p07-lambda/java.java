// construct: lambdas stored in a variable before being called or passed
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;

class Lambdas {
  void supplier(HttpServletRequest request) throws IOException {
    Supplier<String> command = () -> request.getParameter("cmd");
    // expect: cmdi
    Runtime.getRuntime().exec(command.get());
  }

  void ignoresInput(HttpServletRequest request) throws IOException {
    Function<String, String> fixed = s -> "uptime";
    // safe: cmdi
    Runtime.getRuntime().exec(fixed.apply(request.getParameter("cmd")));
  }

  void prefixes(HttpServletRequest request) throws IOException {
    Function<String, String> listing = dir -> "ls " + dir;
    // expect: cmdi
    Runtime.getRuntime().exec(listing.apply(request.getParameter("dir")));
  }

  void constantSupplier() throws IOException {
    Supplier<String> command = () -> "uptime";
    // safe: cmdi
    Runtime.getRuntime().exec(command.get());
  }
}
