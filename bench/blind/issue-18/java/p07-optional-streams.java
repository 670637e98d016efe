// point 7: flow through Optional and stream chains, records and static helpers; allow-list filters by shape (point 8)
package com.example.convert;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ConvertController {

    private static final Set<String> FORMATS = Set.of("png", "jpg", "webp");

    record Job(String input, String format) {}

    private final JdbcTemplate jdbc;

    public ConvertController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/convert/optional")
    public String optional(HttpServletRequest request) throws IOException {
        String input = Optional.ofNullable(request.getParameter("input")).map(String::trim).orElse("in.tiff");
        // expect: cmdi
        Runtime.getRuntime().exec("convert /srv/media/" + input + " /srv/media/out.png");
        String format = Optional.ofNullable(request.getParameter("format")).filter(FORMATS::contains).orElse("png");
        // safe: cmdi
        Runtime.getRuntime().exec("convert /srv/media/in.tiff /srv/media/out." + format);
        return "ok";
    }

    @GetMapping("/convert/record")
    public String record(HttpServletRequest request) throws IOException {
        Job job = new Job(request.getParameter("input"), "png");
        // expect: cmdi
        Runtime.getRuntime().exec("convert /srv/media/" + job.input() + " out.png");
        // safe: cmdi
        Runtime.getRuntime().exec("convert /srv/media/in.tiff out." + job.format());
        return "ok";
    }

    @GetMapping("/convert/history")
    public List<String> history(HttpServletRequest request) {
        String ids = List.of(request.getParameterValues("id")).stream().collect(Collectors.joining(","));
        // expect: sqli
        List<String> rows = jdbc.queryForList("SELECT name FROM jobs WHERE id IN (" + ids + ")", String.class);
        String statuses = FORMATS.stream().map(f -> "'" + f + "'").collect(Collectors.joining(","));
        // safe: sqli
        rows.addAll(jdbc.queryForList("SELECT name FROM jobs WHERE format IN (" + statuses + ")", String.class));
        return rows;
    }
}
