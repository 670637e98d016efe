// p06 param sink: a sink whose whole query or command is a parameter of the enclosing function
package com.example.matrix;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;

public class ParamSink {
    private Connection connection;

    public ResultSet runQuery(String sql) throws Exception {
        Statement stmt = connection.createStatement();
        // policy: origin-not-traced
        // expect: sqli
        return stmt.executeQuery(sql);
    }

    public void runCommand(String cmd) throws Exception {
        // policy: origin-not-traced
        // expect: cmdi
        Runtime.getRuntime().exec(cmd);
    }

    public ResultSet findUser(String name) throws Exception {
        Statement stmt = connection.createStatement();
        // expect: sqli
        return stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
    }

    private ResultSet runTraced(String sql) throws Exception {
        Statement stmt = connection.createStatement();
        // expect: sqli
        return stmt.executeQuery(sql);
    }

    public ResultSet search(HttpServletRequest request) throws Exception {
        return runTraced(request.getParameter("q"));
    }

    private ResultSet runFixed(String sql) throws Exception {
        Statement stmt = connection.createStatement();
        // safe: sqli
        return stmt.executeQuery(sql);
    }

    public ResultSet countUsers() throws Exception {
        return runFixed("SELECT count(*) FROM users");
    }
}
