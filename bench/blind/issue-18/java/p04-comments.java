// point 4: a comment between the opening parenthesis and the first argument does not hide the call
package com.example.accounts;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AccountLookupController {

    private final DataSource dataSource;

    public AccountLookupController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/accounts/find")
    public String find(HttpServletRequest request) throws SQLException {
        String email = request.getParameter("email");
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            // expect: sqli
            ResultSet rs = st.executeQuery(/* lookup by email */ "SELECT id FROM accounts WHERE email = '" + email + "'");
            // safe: sqli
            ResultSet all = st.executeQuery(/* total */ "SELECT COUNT(*) FROM accounts");
            return rs.next() + ":" + all.next();
        }
    }

    @GetMapping("/accounts/export")
    public String export(HttpServletRequest request) throws IOException {
        String name = request.getParameter("name");
        // expect: cmdi
        Runtime.getRuntime().exec(/* export tool */ "export-account " + name);
        // safe: cmdi
        Runtime.getRuntime().exec(/* fixed */ new String[] {"/usr/bin/sync"});
        return "ok";
    }
}
