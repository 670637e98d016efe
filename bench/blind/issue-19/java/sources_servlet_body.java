// class: sqli/path-traversal/cmdi — request bodies, readers, Scanner/BufferedReader and multipart parts as sources
package com.example.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Scanner;
import javax.servlet.ServletException;
import javax.servlet.annotation.MultipartConfig;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;
import javax.sql.DataSource;

@WebServlet("/imports")
@MultipartConfig(maxFileSize = 10_000_000)
public class ImportServlet extends HttpServlet {

    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        for (Part part : request.getParts()) {
            String submitted = part.getSubmittedFileName();
            // expect: path-traversal
            Files.copy(part.getInputStream(), Paths.get("/srv/imports", submitted), StandardCopyOption.REPLACE_EXISTING);
        }

        Part manifest = request.getPart("manifest");
        Path target = Paths.get("/srv/imports").resolve(manifest.getSubmittedFileName()).normalize();
        if (!target.startsWith(Paths.get("/srv/imports"))) {
            throw new ServletException("bad file name");
        }
        // safe: path-traversal
        Files.copy(manifest.getInputStream(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if ("PATCH".equals(request.getMethod())) {
            doPatch(request, response);
        } else {
            super.service(request, response);
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BufferedReader reader = request.getReader();
        String table = reader.readLine();
        try (Connection conn = dataSource.getConnection()) {
            // expect: sqli
            conn.createStatement().execute("TRUNCATE TABLE " + table);
        } catch (SQLException e) {
            response.sendError(500);
        }
    }

    @Override
    protected void doPatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InputStream body = request.getInputStream();
        Scanner scanner = new Scanner(body, StandardCharsets.UTF_8);
        String host = scanner.nextLine();
        // expect: cmdi
        new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start();

        BufferedReader lines = new BufferedReader(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
        String name = lines.readLine();
        // expect: path-traversal
        Files.deleteIfExists(Paths.get("/srv/imports/" + name));
    }
}
