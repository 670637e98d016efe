// p04-comments: comments inside a call (before the first argument, between arguments, before .method) hide nothing
import java.io.File;
import java.sql.Connection;
import javax.servlet.http.HttpServletRequest;

public class CommentsProbe {
    private Connection connection;

    public void beforeFirstArgument(HttpServletRequest request) throws Exception {
        // expect: cmdi
        Runtime.getRuntime().exec(/* user supplied */ "ping -c 1 " + request.getParameter("host"));
    }

    public void betweenArguments(HttpServletRequest request) throws Exception {
        // expect: cmdi
        new ProcessBuilder("sh", /* shell flag */ "-c", /* script */ "ping " + request.getParameter("host")).start();
    }

    public Object beforeMethod(HttpServletRequest request) throws Exception {
        // expect: sqli
        return connection.createStatement() /* one-off */ .executeQuery(/* query */ "SELECT * FROM t WHERE id = " + request.getParameter("id"));
    }

    public Object constantPath() throws Exception {
        // safe: path-traversal
        return new File(/* fixed */ "/etc/app/settings.properties");
    }
}
