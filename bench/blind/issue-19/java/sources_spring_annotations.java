// class: sqli/cmdi/path-traversal — Spring @RequestParam/@PathVariable/@RequestBody/@RequestHeader/@CookieValue/@ModelAttribute, simple and qualified
package com.example.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportController {

    public static class ReportFilter {
        private String region;
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
    }

    public record ExportRequest(String format, String fileName) {}

    private final JdbcTemplate jdbc;

    public ReportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/reports")
    public List<Map<String, Object>> list(@RequestParam(name = "sort", defaultValue = "created") String sort) {
        // expect: sqli
        return jdbc.queryForList("SELECT * FROM reports ORDER BY " + sort);
    }

    @GetMapping("/reports/{owner}")
    public List<Map<String, Object>> byOwner(@PathVariable("owner") String owner) {
        // expect: sqli
        return jdbc.queryForList("SELECT * FROM reports WHERE owner = '" + owner + "'");
    }

    @GetMapping("/reports/region")
    public List<Map<String, Object>> byRegion(@ModelAttribute ReportFilter filter) {
        // expect: sqli
        return jdbc.queryForList("SELECT * FROM reports WHERE region = '" + filter.getRegion() + "'");
    }

    @GetMapping("/reports/tenant")
    public List<Map<String, Object>> byTenant(@RequestHeader("X-Tenant") String tenant) {
        // expect: sqli
        return jdbc.queryForList("SELECT * FROM " + tenant + "_reports");
    }

    @GetMapping("/reports/mine")
    public List<Map<String, Object>> mine(@CookieValue(value = "team") String team) {
        // expect: sqli
        return jdbc.queryForList("SELECT * FROM reports WHERE team = '" + team + "'");
    }

    @GetMapping("/reports/safe")
    public List<Map<String, Object>> safeList(@RequestParam String owner) {
        // safe: sqli
        return jdbc.queryForList("SELECT * FROM reports WHERE owner = ?", owner);
    }

    @PostMapping("/reports/export")
    public String export(@RequestBody ExportRequest body) throws IOException {
        // expect: path-traversal
        Files.writeString(Path.of("/srv/exports", body.fileName()), "report");
        return "ok";
    }

    @PostMapping("/reports/render")
    public String render(@org.springframework.web.bind.annotation.RequestParam("template") String template) throws IOException {
        // expect: cmdi
        Runtime.getRuntime().exec(new String[] {"bash", "-c", "pandoc /srv/templates/" + template + " -o /tmp/out.pdf"});
        return "queued";
    }

    @GetMapping("/reports/archive/{year}")
    public byte[] archive(@org.springframework.web.bind.annotation.PathVariable String year) throws IOException {
        // expect: path-traversal
        return Files.readAllBytes(Path.of("/srv/archive/" + year + ".zip"));
    }
}
