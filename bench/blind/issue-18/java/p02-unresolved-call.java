// point 2: unresolved calls with no tainted argument — unknown origin is reported, not treated as a constant
package com.example.ops;

import com.example.util.Helpers;
import com.example.config.ShellConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MaintenanceController {

    private final JdbcTemplate jdbcTemplate;
    private final ShellConfig shellConfig;

    public MaintenanceController(JdbcTemplate jdbcTemplate, ShellConfig shellConfig) {
        this.jdbcTemplate = jdbcTemplate;
        this.shellConfig = shellConfig;
    }

    @PostMapping("/maintenance/cleanup")
    public String cleanup() throws IOException {
        // policy: origin-not-traced
        // expect: cmdi
        Runtime.getRuntime().exec(Helpers.getCmd());
        return "ok";
    }

    @PostMapping("/maintenance/rotate")
    public String rotate() throws IOException {
        // expect: cmdi
        Runtime.getRuntime().exec("logrotate " + shellConfig.rotateTarget());
        return "ok";
    }

    @PostMapping("/maintenance/pending")
    public List<Map<String, Object>> pending() {
        // expect: sqli
        return jdbcTemplate.queryForList("SELECT * FROM jobs WHERE queue = '" + Helpers.currentQueue() + "'");
    }

    @PostMapping("/maintenance/pending-safe")
    public List<Map<String, Object>> pendingSafe() {
        // safe: sqli
        return jdbcTemplate.queryForList("SELECT * FROM jobs WHERE queue = ?", Helpers.currentQueue());
    }

    @PostMapping("/maintenance/vacuum")
    public String vacuum() throws IOException {
        // safe: cmdi
        Runtime.getRuntime().exec(defaultCommand());
        return "ok";
    }

    private String[] defaultCommand() {
        return new String[] {"/usr/bin/vacuumdb", "--all"};
    }
}
