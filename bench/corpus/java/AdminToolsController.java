package com.example.admin;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/admin")
public class AdminToolsController {

    private final JdbcTemplate jdbcTemplate;
    private final RestTemplate restTemplate = new RestTemplate();

    public AdminToolsController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @PostMapping("/exec")
    public String runCommand(@RequestParam String command) throws IOException {
        // expect: cmdi
        Process process = Runtime.getRuntime().exec(new String[] {"bash", "-c", command});
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append("\n");
            }
        }
        return output.toString();
    }

    @GetMapping("/disk-usage")
    public String diskUsage() throws IOException {
        // safe: cmdi
        Process process = new ProcessBuilder("df", "-h").start();
        return new String(process.getInputStream().readAllBytes());
    }

    @GetMapping("/report/export")
    public void exportReport(@RequestParam String table, @RequestParam(defaultValue = "id") String sortBy,
                             HttpServletResponse response) throws IOException {
        // expect: sqli
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT * FROM " + table + " ORDER BY " + sortBy);
        response.setContentType("text/csv");
        response.setHeader("Content-Disposition", "attachment; filename=report.csv");
        PrintWriter writer = response.getWriter();
        for (Map<String, Object> row : rows) {
            // safe: xss
            writer.println(String.join(",", row.values().stream().map(String::valueOf).toList()));
        }
    }

    @GetMapping("/users/count")
    public Integer countUsers(@RequestParam String status) {
        // safe: sqli
        return jdbcTemplate.queryForObject("SELECT COUNT(*) FROM users WHERE status = ?", Integer.class, status);
    }

    @GetMapping("/search")
    public void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("q");
        response.setContentType("text/html");
        // expect: xss
        response.getWriter().println("<h2>Search results for: " + query + "</h2>");
    }

    @GetMapping("/proxy")
    public String proxy(@RequestParam String url) {
        // expect: ssrf
        return restTemplate.getForObject(url, String.class);
    }

    @GetMapping("/health")
    public String health() throws IOException {
        // safe: ssrf
        return new String(new URL("http://localhost:8080/actuator/health").openStream().readAllBytes());
    }

    @PostMapping("/import-config")
    public String importConfig(@RequestBody String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = factory.newDocumentBuilder();
        // expect: xxe
        Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes()));
        return "Imported: " + doc.getDocumentElement().getNodeName();
    }

    @GetMapping("/goto")
    public void goTo(@RequestParam String target, HttpServletResponse response) throws IOException {
        // expect: open-redirect
        response.sendRedirect(target);
    }

    @GetMapping("/dashboard")
    public void dashboard(HttpServletResponse response) throws IOException {
        // safe: open-redirect
        response.sendRedirect("/admin/index.html");
    }
}
