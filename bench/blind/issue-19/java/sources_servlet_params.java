// class: sqli/cmdi/path-traversal — every ServletRequest parameter/header/cookie accessor as a source
package com.example.admin;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

public class AuditServlet extends HttpServlet {

    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            String[] ids = request.getParameterValues("id");
            // expect: sqli
            st.executeQuery("SELECT * FROM audit WHERE id IN (" + String.join(",", ids) + ")");

            Map<String, String[]> params = request.getParameterMap();
            String actor = params.get("actor")[0];
            // expect: sqli
            st.executeQuery("SELECT * FROM audit WHERE actor = '" + actor + "'");

            Enumeration<String> names = request.getParameterNames();
            String column = names.nextElement();
            // expect: sqli
            st.executeQuery("SELECT " + column + " FROM audit");

            String agent = request.getHeader("User-Agent");
            // expect: sqli
            st.executeUpdate("INSERT INTO visits(agent) VALUES ('" + agent + "')");

            Enumeration<String> forwarded = request.getHeaders("X-Forwarded-For");
            // expect: sqli
            st.executeUpdate("INSERT INTO hops(ip) VALUES ('" + forwarded.nextElement() + "')");

            Enumeration<String> headerNames = request.getHeaderNames();
            // expect: sqli
            st.execute("INSERT INTO header_log(name) VALUES ('" + headerNames.nextElement() + "')");

            for (Cookie c : request.getCookies()) {
                // expect: sqli
                st.executeQuery("SELECT * FROM prefs WHERE k = '" + c.getName() + "' AND v = '" + c.getValue() + "'");
            }
        } catch (SQLException e) {
            response.sendError(500);
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        // expect: cmdi
        Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "logger " + query});

        String info = request.getPathInfo();
        // expect: path-traversal
        File report = new File("/var/reports" + info);

        String uri = request.getRequestURI();
        // expect: path-traversal
        File cached = new File("/var/cache/pages", uri.substring(uri.lastIndexOf('/') + 1));

        response.getWriter().println(report.exists() && cached.exists());
    }
}
