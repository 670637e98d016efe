// class: hardcoded-secret — JDBC URLs and connection passwords in a Java data-source factory
package com.acme.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

public final class LedgerDataSource {
    // expect: hardcoded-secret
    private static final String LEDGER_URL = "jdbc:postgresql://ledger-db.internal:5432/ledger?user=ledger_rw&password=Pv8sKd3mXq6Lz1Wn";

    // safe: hardcoded-secret
    private static final String LEDGER_URL_NO_CREDENTIALS = "jdbc:postgresql://ledger-db.internal:5432/ledger";

    // expect: hardcoded-secret
    private static final String AUDIT_URL = "jdbc:sqlserver://audit.acme.local:1433;databaseName=audit;user=auditor;password=Gt4#hY7!kR2@vB9x;encrypt=true";

    public static Connection ledger() throws SQLException {
        return DriverManager.getConnection(LEDGER_URL);
    }

    public static Connection reporting() throws SQLException {
        // expect: hardcoded-secret
        return DriverManager.getConnection(LEDGER_URL_NO_CREDENTIALS, "reporting", "Rb5tNw2zQe8mKx4J");
    }

    public static Connection reportingFromEnv() throws SQLException {
        // safe: hardcoded-secret
        return DriverManager.getConnection(LEDGER_URL_NO_CREDENTIALS, "reporting", System.getenv("LEDGER_DB_PASSWORD"));
    }

    public static HikariDataSource pool() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(LEDGER_URL_NO_CREDENTIALS);
        cfg.setUsername("ledger_rw");
        // expect: hardcoded-secret
        cfg.setPassword("Hs3Vw8Ny1Qc6Tk9R");
        cfg.setMaximumPoolSize(20);
        return new HikariDataSource(cfg);
    }

    public static HikariDataSource localPool() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:h2:mem:ledger;DB_CLOSE_DELAY=-1");
        cfg.setUsername("sa");
        // safe: hardcoded-secret
        cfg.setPassword("");
        return new HikariDataSource(cfg);
    }

    public static HikariDataSource stagingPool() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(AUDIT_URL);
        // safe: hardcoded-secret
        cfg.setPassword("changeme");
        return new HikariDataSource(cfg);
    }
}
