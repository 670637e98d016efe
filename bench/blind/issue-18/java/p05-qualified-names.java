// point 5: fully-qualified and wildcard-imported names resolve to the same symbols as imported ones
package com.example.storage;

import java.io.*;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StorageController {

    private final javax.sql.DataSource dataSource;

    public StorageController(javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/storage/open")
    public long open(HttpServletRequest request) {
        String name = request.getParameter("name");
        // expect: path-traversal
        java.io.File file = new java.io.File("/srv/uploads/" + name);
        return file.length();
    }

    @GetMapping("/storage/read")
    public int read(HttpServletRequest request) throws IOException {
        String name = request.getParameter("name");
        // expect: path-traversal
        try (FileInputStream in = new FileInputStream("/srv/uploads/" + name)) {
            return in.read();
        }
    }

    @GetMapping("/storage/find")
    public boolean find(HttpServletRequest request) throws java.sql.SQLException {
        String tag = request.getParameter("tag");
        try (java.sql.Connection conn = dataSource.getConnection()) {
            java.sql.Statement st = conn.createStatement();
            // expect: sqli
            return st.executeQuery("SELECT id FROM blobs WHERE tag = '" + tag + "'").next();
        }
    }

    public byte[] seal(byte[] data, javax.crypto.SecretKey key) throws Exception {
        // expect: weak-crypto
        javax.crypto.Cipher legacy = javax.crypto.Cipher.getInstance("DES");
        // safe: weak-crypto
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key);
        return legacy == null ? null : cipher.doFinal(data);
    }

    public String newDownloadToken() {
        // expect: weak-random
        long token = new java.util.Random().nextLong();
        // safe: weak-random
        byte[] strong = new byte[16];
        new java.security.SecureRandom().nextBytes(strong);
        return Long.toHexString(token) + java.util.HexFormat.of().formatHex(strong);
    }
}
