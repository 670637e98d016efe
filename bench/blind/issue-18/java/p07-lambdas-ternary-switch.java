// point 7: flow through lambdas stored in variables, ternaries, switch and fluent builder chains
package com.example.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SearchController {

    private final JdbcTemplate jdbc;
    private final HttpClient client = HttpClient.newHttpClient();

    public SearchController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/search")
    public List<Map<String, Object>> search(HttpServletRequest request) {
        String term = request.getParameter("q");
        Function<String, List<Map<String, Object>>> lookup =
                // expect: sqli
                t -> jdbc.queryForList("SELECT * FROM items WHERE name LIKE '%" + t + "%'");
        return lookup.apply(term);
    }

    @GetMapping("/search/sorted")
    public List<Map<String, Object>> sorted(HttpServletRequest request) {
        String sort = request.getParameter("sort");
        String column = sort != null ? sort : "name";
        // expect: sqli
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM items ORDER BY " + column);
        String direction = "desc".equals(request.getParameter("dir")) ? "DESC" : "ASC";
        // safe: sqli
        return jdbc.queryForList("SELECT * FROM items ORDER BY name " + direction);
    }

    @GetMapping("/search/table")
    public List<Map<String, Object>> table(HttpServletRequest request) {
        String kind = request.getParameter("kind");
        String table;
        switch (kind) {
            case "book":
                table = "books";
                break;
            case "film":
                table = "films";
                break;
            default:
                table = "items";
        }
        // safe: sqli
        return jdbc.queryForList("SELECT * FROM " + table);
    }

    @GetMapping("/search/remote")
    public String remote(HttpServletRequest request) throws IOException, InterruptedException {
        String host = request.getParameter("host");
        HttpRequest outbound = HttpRequest.newBuilder()
                .uri(URI.create("https://" + host + "/api/search"))
                .header("Accept", "application/json")
                .build();
        // expect: ssrf
        return client.send(outbound, HttpResponse.BodyHandlers.ofString()).body();
    }
}
