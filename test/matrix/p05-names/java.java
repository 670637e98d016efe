// p05-names: fully qualified, imported, wildcard-imported and statically imported names are the same symbol; a method of the class hides a static import
import static java.nio.file.Paths.get;
import static javax.crypto.Cipher.getInstance;

import java.io.*;
import java.sql.Connection;
import javax.servlet.http.HttpServletRequest;

public class NamesProbe {
    private Connection connection;

    public byte[] qualifiedFile(HttpServletRequest request) throws Exception {
        java.io.File file = new java.io.File(request.getParameter("name"));
        // expect: path-traversal
        return java.nio.file.Files.readAllBytes(file.toPath());
    }

    public Object qualifiedCipher() throws Exception {
        // expect: weak-crypto
        return javax.crypto.Cipher.getInstance("DES");
    }

    public Object qualifiedStatement(HttpServletRequest request) throws Exception {
        java.sql.Statement statement = connection.createStatement();
        // expect: sqli
        return statement.executeQuery("SELECT * FROM users WHERE name = '" + request.getParameter("name") + "'");
    }

    public Object staticImport(HttpServletRequest request) throws Exception {
        // expect: path-traversal
        return get("/srv/files", request.getParameter("name"));
    }

    public Object wildcardImport(HttpServletRequest request) throws Exception {
        // expect: path-traversal
        return new FileInputStream(request.getParameter("name"));
    }

    public Object qualifiedSafeCipher() throws Exception {
        // safe: weak-crypto
        return javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
    }

    public Object qualifiedConstantFile() throws Exception {
        // safe: path-traversal
        return new java.io.File("/etc/app/settings.properties");
    }

    public Object ownMethodHidesStaticImport() throws Exception {
        // safe: weak-crypto
        return getInstance("DES");
    }

    private Object getInstance(String profile) {
        return profile;
    }
}
