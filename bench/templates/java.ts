// Benchmark template: a Spring controller class.

import { cap, FIELDS, LanguageTemplate, NOUNS, pick } from './common';

export const JAVA: LanguageTemplate = {
  extension: 'java',
  header: () => `// Generated benchmark module: a service class with many endpoints.
package com.example.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class GeneratedService {
    private final Connection connection;
    private final Map<String, Object> cache = new HashMap<>();

    public GeneratedService(Connection connection) {
        this.connection = connection;
    }

`,
  footer: '}\n',
  units: [
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const f = pick(r, FIELDS);
      const body = vuln
        ? `Statement statement = connection.createStatement();
        String query = "SELECT * FROM ${n}s WHERE ${f}='" + value + "'";
        ResultSet result = statement.executeQuery(query);`
        : `PreparedStatement statement = connection.prepareStatement("SELECT * FROM ${n}s WHERE ${f} = ?");
        statement.setString(1, value);
        ResultSet result = statement.executeQuery();`;
      return `    public List<String> find${cap(n)}By${cap(f)}${i}(String value) throws SQLException {
        ${body}
        List<String> out = new ArrayList<>();
        while (result.next() && out.size() < ${10 + Math.floor(r() * 90)}) {
            out.add(result.getString("${f}"));
        }
        return out;
    }

`;
    },
    (i, r) => {
      const n = pick(r, NOUNS);
      return `    public Map<String, Integer> count${cap(n)}s${i}(List<Map<String, String>> items) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> item : items) {
            String key = item.getOrDefault("${pick(r, FIELDS)}", "unknown");
            counts.merge(key, 1, Integer::sum);
        }
        if (counts.size() > ${Math.floor(r() * 1000)}) {
            cache.put("${n}-counts", counts);
        }
        return counts;
    }

`;
    },
    (i, r, vuln) => {
      const n = pick(r, NOUNS);
      const body = vuln
        ? `String sql = "DELETE FROM ${n}s WHERE owner = '" + owner + "' AND id = " + id;
        return connection.createStatement().executeUpdate(sql) > 0;`
        : `PreparedStatement ps = connection.prepareStatement("DELETE FROM ${n}s WHERE owner = ? AND id = ?");
        ps.setString(1, owner);
        ps.setInt(2, id);
        return ps.executeUpdate() > 0;`;
      return `    public boolean delete${cap(n)}${i}(String owner, int id) throws SQLException {
        if (owner == null || owner.isEmpty()) {
            throw new IllegalArgumentException("owner required");
        }
        ${body}
    }

`;
    },
  ],
};
