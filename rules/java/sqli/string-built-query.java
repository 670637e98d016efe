import java.sql.*;
import org.springframework.web.bind.annotation.*;

public class UserRepository {
    private Connection connection;
    private JdbcTemplate jdbc;

    public boolean authenticate(String username, String password) throws SQLException {
        Statement statement = connection.createStatement();
        String query = "SELECT * FROM users WHERE username='" + username + "' AND password='" + password + "'";
        // expect: sqli
        ResultSet rs = statement.executeQuery(query);
        return rs.next();
    }

    @GetMapping("/users")
    public List<User> search(@RequestParam String name) {
        // expect: sqli
        return jdbc.query("SELECT * FROM users WHERE name = '" + name + "'", mapper);
    }

    public void rename(HttpServletRequest request) throws SQLException {
        String sql = String.format("UPDATE users SET name = '%s' WHERE id = 1", request.getParameter("name"));
        // expect: sqli
        connection.createStatement().executeUpdate(sql);
    }

    public boolean authenticateSafely(String username, String passwordHash) throws SQLException {
        // safe: sqli
        PreparedStatement ps = connection.prepareStatement("SELECT hash FROM users WHERE username = ?");
        ps.setString(1, username);
        // safe: sqli
        ResultSet rs = ps.executeQuery();
        return rs.next() && verify(rs.getString(1), passwordHash);
    }

    private static final String TABLE = "users";

    public int count() throws SQLException {
        String query = "SELECT COUNT(*) FROM " + TABLE;
        // safe: sqli
        ResultSet rs = connection.createStatement().executeQuery(query);
        return rs.getInt(1);
    }

    public User byId(HttpServletRequest request) throws SQLException {
        int id = Integer.parseInt(request.getParameter("id"));
        // safe: sqli
        ResultSet rs = connection.createStatement().executeQuery("SELECT * FROM users WHERE id = " + id);
        return map(rs);
    }

    @GetMapping("/users/search")
    public List<User> like(@RequestParam String q) {
        StringBuilder sb = new StringBuilder("SELECT * FROM users WHERE name LIKE '%");
        sb.append(q).append("%'");
        // expect: sqli
        return jdbc.query(sb.toString(), mapper);
    }

    public String describe(StringBuilder sb, Map<String, Object> cache) {
        // safe: sqli
        return cache.query(sb.toString());
    }

    public void runTask(Runnable task, Executor executor) {
        // safe: sqli
        executor.execute(task);
    }

    private javax.jdo.PersistenceManager pm;
    private io.vertx.sqlclient.Pool pool;

    @GetMapping("/jdo")
    public Object jdoByName(@RequestParam String name) {
        // expect: sqli
        javax.jdo.Query query = pm.newQuery(User.class, "name == '" + name + "'");
        return query.execute();
    }

    @GetMapping("/jdo/filter")
    public Object jdoFilter(@RequestParam String city) {
        javax.jdo.Query query = pm.newQuery(User.class);
        // expect: sqli
        query.setFilter("city == '" + city + "'");
        return query.execute();
    }

    @GetMapping("/jdo/param")
    public Object jdoParameter(@RequestParam String city) {
        // safe: sqli
        javax.jdo.Query query = pm.newQuery(User.class, "city == :city");
        return query.execute(city);
    }

    @GetMapping("/vertx")
    public void vertx(@RequestParam String id) {
        // expect: sqli
        pool.preparedQuery("SELECT * FROM users WHERE id = " + id).execute(ar -> {});
    }

    @GetMapping("/vertx/param")
    public void vertxParameter(@RequestParam String id) {
        // safe: sqli
        pool.preparedQuery("SELECT * FROM users WHERE id = $1").execute(io.vertx.sqlclient.Tuple.of(id), ar -> {});
    }

    @PostMapping("/admin/drop")
    public void dropTable(@RequestParam String table) {
        // expect: sqli
        jdbc.execute("DROP TABLE " + table);
    }
}
