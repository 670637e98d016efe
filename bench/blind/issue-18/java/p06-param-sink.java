// point 6: a sink whose whole query/command is a parameter — medium/info, high when a same-file caller passes request data
package com.example.dao;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ReportDao {

    private final JdbcTemplate jdbcTemplate;

    public ReportDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Map<String, Object>> runQuery(String sql) {
        // policy: origin-not-traced
        // expect: sqli
        return jdbcTemplate.queryForList(sql);
    }

    public List<Map<String, Object>> runSearch(String sql) {
        // expect: sqli
        return jdbcTemplate.queryForList(sql);
    }

    public List<Map<String, Object>> search(HttpServletRequest request) {
        String where = request.getParameter("where");
        return runSearch("SELECT * FROM reports WHERE " + where);
    }

    public List<Map<String, Object>> byOwner(String owner) {
        // safe: sqli
        return jdbcTemplate.queryForList("SELECT * FROM reports WHERE owner = ?", owner);
    }

    public List<Map<String, Object>> byStatus(String status) {
        // expect: sqli
        return jdbcTemplate.queryForList("SELECT * FROM reports WHERE status = '" + status + "'");
    }

    public void runTool(String command) throws IOException {
        // policy: origin-not-traced
        // expect: cmdi
        Runtime.getRuntime().exec(command);
    }

    public void compact() throws IOException {
        // safe: cmdi
        Runtime.getRuntime().exec(new String[] {"/usr/bin/pg_repack", "--all"});
    }
}
