// class: sqli — Spring JdbcTemplate / NamedParameterJdbcTemplate query*, update, execute, batchUpdate with built text
package com.example.billing;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceController {

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate named;

    public InvoiceController(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate named) {
        this.jdbcTemplate = jdbcTemplate;
        this.named = named;
    }

    @GetMapping("/invoices/total")
    public Integer total(@RequestParam String customerId) {
        // expect: sqli
        return jdbcTemplate.queryForObject("SELECT SUM(amount) FROM invoices WHERE customer_id = " + customerId, Integer.class);
    }

    @GetMapping("/invoices")
    public List<String> numbers(@RequestParam String year) {
        String sql = "SELECT number FROM invoices WHERE EXTRACT(YEAR FROM issued) = " + year;
        // expect: sqli
        return jdbcTemplate.query(sql, (rs, i) -> rs.getString("number"));
    }

    @GetMapping("/invoices/safe")
    public List<String> numbersSafe(@RequestParam int year) {
        // safe: sqli
        return jdbcTemplate.query("SELECT number FROM invoices WHERE EXTRACT(YEAR FROM issued) = ?", (rs, i) -> rs.getString("number"), year);
    }

    @PostMapping("/invoices/void")
    public int voidInvoice(@RequestParam String number, @RequestParam String reason) {
        // expect: sqli
        return jdbcTemplate.update("UPDATE invoices SET status = 'VOID', note = '" + reason + "' WHERE number = ?", number);
    }

    @DeleteMapping("/invoices/table")
    public void dropArchive(@RequestParam String archive) {
        // expect: sqli
        jdbcTemplate.execute("DROP TABLE IF EXISTS invoices_" + archive);
    }

    @PostMapping("/invoices/mark-paid")
    public int[] markPaid(@RequestParam List<String> numbers, @RequestParam String paidBy) {
        String[] statements = numbers.stream()
                .map(n -> "UPDATE invoices SET paid_by = '" + paidBy + "' WHERE number = '" + n + "'")
                .toArray(String[]::new);
        // expect: sqli
        return jdbcTemplate.batchUpdate(statements);
    }

    @GetMapping("/invoices/named")
    public List<Map<String, Object>> byStatus(@RequestParam String status) {
        // expect: sqli
        return named.queryForList("SELECT * FROM invoices WHERE status = '" + status + "'", new MapSqlParameterSource());
    }

    @GetMapping("/invoices/named-safe")
    public List<Map<String, Object>> byStatusSafe(@RequestParam String status) {
        MapSqlParameterSource params = new MapSqlParameterSource("status", status);
        // safe: sqli
        return named.queryForList("SELECT * FROM invoices WHERE status = :status", params);
    }
}

@Service
class InvoiceMaintenance {

    private final JdbcTemplate jdbcTemplate;

    InvoiceMaintenance(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    void purgeOlderThan(int days) {
        // safe: sqli
        jdbcTemplate.update("DELETE FROM invoices WHERE issued < now() - (? * interval '1 day')", days);
    }
}
