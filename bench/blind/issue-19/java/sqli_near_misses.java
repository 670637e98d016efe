// class: sqli — near misses: allow-listed identifiers, numeric parsing, constant fragments, bound parameters next to built queries
package com.example.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class ArticleSearch {

    private static final Set<String> SORTABLE = Set.of("title", "published", "views");
    private static final Map<String, String> FILTERS = Map.of(
            "recent", "published > now() - interval '7 days'",
            "popular", "views > 1000");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public ArticleSearch(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public ResultSet sorted(HttpServletRequest request) throws SQLException {
        String sort = request.getParameter("sort");
        String column = SORTABLE.contains(sort) ? sort : "published";
        Connection conn = dataSource.getConnection();
        // safe: sqli
        return conn.createStatement().executeQuery("SELECT id, title FROM articles ORDER BY " + column);
    }

    public Object byId(HttpServletRequest request) {
        long id = Long.parseLong(request.getParameter("id"));
        // safe: sqli
        return jdbc.queryForMap("SELECT * FROM articles WHERE id = " + id);
    }

    public Object filtered(HttpServletRequest request) {
        String where = FILTERS.getOrDefault(request.getParameter("filter"), "1 = 1");
        // safe: sqli
        return jdbc.queryForList("SELECT id FROM articles WHERE " + where);
    }

    public Object byTitle(HttpServletRequest request) throws SQLException {
        String title = request.getParameter("title");
        String sql = "SELECT id FROM articles WHERE title LIKE ? ORDER BY published DESC";
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, "%" + title + "%");
            // safe: sqli
            return ps.executeQuery().next();
        }
    }

    public Object byTag(HttpServletRequest request) {
        String tag = request.getParameter("tag");
        String sql = "SELECT id FROM articles a JOIN tags t ON t.article_id = a.id WHERE t.name = '" + tag + "'";
        // expect: sqli
        return jdbc.queryForList(sql);
    }

    public Object byAuthor(String author) {
        // expect: sqli
        return jdbc.queryForList("SELECT id FROM articles WHERE author = '" + author + "'");
    }

    public Object runSaved(String savedSql) {
        // policy: origin-not-traced
        // expect: sqli
        return jdbc.queryForList(savedSql);
    }
}
