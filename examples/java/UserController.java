// A Spring controller as an assistant might write it. Labels mark what Warden should report.
import java.io.*;
import java.security.MessageDigest;
import java.sql.*;
import java.util.Random;
import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class UserController {
    private Connection connection;

    @GetMapping("/login")
    public boolean authenticateUser(@RequestParam String username, @RequestParam String password) throws Exception {
        String query = "SELECT * FROM users WHERE username='" + username + "' AND password='" + password + "'";
        Statement statement = connection.createStatement();
        // expect: sqli
        ResultSet result = statement.executeQuery(query);
        return result.next();
    }

    public boolean authenticateSafely(String username, String password) throws Exception {
        // safe: sqli
        PreparedStatement ps = connection.prepareStatement("SELECT hash FROM users WHERE username = ?");
        ps.setString(1, username);
        ResultSet rs = ps.executeQuery();
        return rs.next();
    }

    @GetMapping("/run")
    public String run(@RequestParam String cmd) throws IOException {
        // expect: cmdi
        Process p = Runtime.getRuntime().exec("sh -c " + cmd);
        return "started";
    }

    public String hashPassword(String password) throws Exception {
        // expect: weak-crypto
        MessageDigest md = MessageDigest.getInstance("MD5");
        return new String(md.digest(password.getBytes()));
    }

    public String resetToken() {
        // expect: weak-random
        return Long.toHexString(new Random().nextLong());
    }

    @GetMapping("/file")
    public byte[] file(@RequestParam String name) throws IOException {
        // expect: path-traversal
        return java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/srv/files/" + name));
    }

    public void remember(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("session", sessionId);
        // expect: insecure-cookie
        response.addCookie(cookie);
    }
}
