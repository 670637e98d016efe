// construct: collections (list add then get, map put then get, arrays) carry what was put in
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

class Collections {
  void list(HttpServletRequest request) throws IOException {
    List<String> parts = new ArrayList<>();
    parts.add(request.getParameter("dir"));
    // expect: cmdi
    Runtime.getRuntime().exec("ls " + parts.get(0));
  }

  void map(HttpServletRequest request) throws IOException {
    Map<String, String> opts = new HashMap<>();
    opts.put("cmd", request.getParameter("cmd"));
    opts.put("dir", "/tmp");
    // expect: cmdi
    Runtime.getRuntime().exec(opts.get("cmd"));

    // safe: cmdi
    Runtime.getRuntime().exec("ls " + opts.get("dir"));
  }

  ResultSet array(Connection db, HttpServletRequest request) throws SQLException {
    String[] names = {"admin", request.getParameter("name")};
    // expect: sqli
    return db.createStatement().executeQuery("SELECT * FROM users WHERE name IN ('" + String.join("','", names) + "')");
  }

  void constantList() throws IOException {
    List<String> parts = new ArrayList<>();
    parts.add("ls");
    parts.add("-l");
    // safe: cmdi
    Runtime.getRuntime().exec(String.join(" ", parts));
  }
}
