// construct: fields of a local object are tracked one by one (x.f, x[0])
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

class AccessPath {
  static class Job {
    String command;
    String directory;
  }

  void fields(HttpServletRequest request) throws IOException {
    Job job = new Job();
    job.command = request.getParameter("cmd");
    job.directory = "/tmp";
    // expect: cmdi
    Runtime.getRuntime().exec(job.command);

    // safe: cmdi
    Runtime.getRuntime().exec("ls " + job.directory);
  }

  void arraySlots(HttpServletRequest request) throws IOException {
    String[] parts = new String[2];
    parts[0] = "ls";
    parts[1] = request.getParameter("dir");
    // expect: cmdi
    Runtime.getRuntime().exec(parts[1]);

    // safe: cmdi
    Runtime.getRuntime().exec(parts[0]);
  }

  void overwritten(HttpServletRequest request) throws IOException {
    Job job = new Job();
    job.command = request.getParameter("cmd");
    job.command = "uptime";
    // safe: cmdi
    Runtime.getRuntime().exec(job.command);
  }
}
