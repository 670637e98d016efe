// class: sqli — java.sql Statement execute*/addBatch and prepareStatement/prepareCall with built text
package com.example.orders;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.sql.DataSource;

public class OrderRepository {

    private final DataSource dataSource;

    public OrderRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int countByStatus(HttpServletRequest request) throws SQLException {
        String status = request.getParameter("status");
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            // expect: sqli
            ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM orders WHERE status = '" + status + "'");
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public void archive(HttpServletRequest request) throws SQLException {
        String before = request.getParameter("before");
        try (Connection conn = dataSource.getConnection()) {
            // expect: sqli
            conn.createStatement().executeUpdate(String.format("DELETE FROM orders WHERE created < '%s'", before));
        }
    }

    public void bulkTag(HttpServletRequest request, List<Long> ids) throws SQLException {
        String tag = request.getParameter("tag");
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            for (Long id : ids) {
                // expect: sqli
                st.addBatch("UPDATE orders SET tag = '" + tag + "' WHERE id = " + id);
            }
            st.executeBatch();
        }
    }

    public ResultSet findByCustomer(HttpServletRequest request) throws SQLException {
        String customer = request.getParameter("customer");
        Connection conn = dataSource.getConnection();
        // expect: sqli
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM orders WHERE customer = '" + customer + "'");
        return ps.executeQuery();
    }

    public ResultSet findByCustomerSafely(HttpServletRequest request) throws SQLException {
        String customer = request.getParameter("customer");
        Connection conn = dataSource.getConnection();
        // safe: sqli
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM orders WHERE customer = ?");
        ps.setString(1, customer);
        return ps.executeQuery();
    }

    public void recalc(HttpServletRequest request) throws SQLException {
        String region = request.getParameter("region");
        try (Connection conn = dataSource.getConnection()) {
            // expect: sqli
            CallableStatement cs = conn.prepareCall("{call recalc_totals('" + region + "')}");
            cs.execute();
        }
    }

    public void recalcSafely(HttpServletRequest request) throws SQLException {
        String region = request.getParameter("region");
        try (Connection conn = dataSource.getConnection()) {
            // safe: sqli
            CallableStatement cs = conn.prepareCall("{call recalc_totals(?)}");
            cs.setString(1, region);
            cs.execute();
        }
    }

    public ResultSet sorted(HttpServletRequest request) throws SQLException {
        String dir = "desc".equalsIgnoreCase(request.getParameter("dir")) ? "DESC" : "ASC";
        Connection conn = dataSource.getConnection();
        // safe: sqli
        return conn.createStatement().executeQuery("SELECT * FROM orders ORDER BY created " + dir);
    }
}
