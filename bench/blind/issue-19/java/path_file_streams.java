// class: path-traversal — java.io File (incl. parent/child), FileInputStream/OutputStream, FileReader/Writer, RandomAccessFile
package com.example.docs;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DocumentServlet extends HttpServlet {

    private static final File DOC_ROOT = new File("/srv/docs");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        // expect: path-traversal
        try (InputStream in = new FileInputStream(new File(DOC_ROOT, name))) {
            in.transferTo(resp.getOutputStream());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String draft = req.getParameter("draft");
        // expect: path-traversal
        try (FileWriter writer = new FileWriter("/srv/docs/drafts/" + draft + ".md")) {
            writer.write(req.getParameter("body"));
        }
        // expect: path-traversal
        try (FileOutputStream out = new FileOutputStream(new File("/srv/docs/backup", draft))) {
            out.write(req.getParameter("body").getBytes());
        }
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String log = req.getParameter("log");
        // expect: path-traversal
        try (RandomAccessFile raf = new RandomAccessFile("/var/log/app/" + log, "r")) {
            raf.seek(Math.max(0, raf.length() - 4096));
            resp.getWriter().println(raf.readLine());
        }
        // expect: path-traversal
        try (FileReader reader = new FileReader(new File("/var/log/app", log))) {
            resp.getWriter().println((char) reader.read());
        }
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        File candidate = new File(DOC_ROOT, name).getCanonicalFile();
        if (!candidate.toPath().startsWith(DOC_ROOT.getCanonicalFile().toPath())) {
            resp.sendError(400);
            return;
        }
        // safe: path-traversal
        try (FileInputStream in = new FileInputStream(candidate)) {
            resp.getWriter().println(in.available());
        }
    }

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = "de".equals(req.getParameter("lang")) ? "de" : "en";
        // safe: path-traversal
        try (FileReader reader = new FileReader(new File(DOC_ROOT, "help_" + lang + ".txt"))) {
            resp.getWriter().println((char) reader.read());
        }
    }
}
