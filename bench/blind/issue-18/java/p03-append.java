// point 3: appending to a tainted variable keeps its taint (+=, StringBuilder, concat)
package com.example.tools;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class ListingServlet extends HttpServlet {

    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String dir = req.getParameter("dir");
        String c = dir;
        c += " -l";
        // expect: cmdi
        Runtime.getRuntime().exec("ls " + c);

        StringBuilder sb = new StringBuilder();
        sb.append("du -sh ").append(dir);
        // expect: cmdi
        Runtime.getRuntime().exec(sb.toString());

        StringBuilder fixed = new StringBuilder("df");
        fixed.append(" -h").append(" /srv");
        // safe: cmdi
        Runtime.getRuntime().exec(fixed.toString());
        resp.getWriter().println("done");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String owner = req.getParameter("owner");
        String query = "SELECT id, title FROM notes WHERE owner = '".concat(owner).concat("'");
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            // expect: sqli
            ResultSet rs = st.executeQuery(query);
            String count = "SELECT COUNT(*) FROM notes";
            count += " WHERE archived = false";
            // safe: sqli
            ResultSet total = st.executeQuery(count);
            resp.getWriter().println(rs.next() && total.next());
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}
