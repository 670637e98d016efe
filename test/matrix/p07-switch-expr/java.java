// construct: a switch expression carries the value of its arms, not its selector
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.servlet.http.HttpServletRequest;

class SwitchExpression {
  ResultSet taintedArm(Connection db, HttpServletRequest request, String mode) throws SQLException {
    String filter =
        switch (mode) {
          case "custom" -> request.getParameter("filter");
          default -> "active = 1";
        };
    // expect: sqli
    return db.createStatement().executeQuery("SELECT * FROM users WHERE " + filter);
  }

  ResultSet constantArms(Connection db, HttpServletRequest request) throws SQLException {
    String filter =
        switch (request.getParameter("mode")) {
          case "new" -> "created > now() - interval '1 day'";
          case "all" -> {
            yield "1 = 1";
          }
          default -> "active = 1";
        };
    // safe: sqli
    return db.createStatement().executeQuery("SELECT * FROM users WHERE " + filter);
  }
}
