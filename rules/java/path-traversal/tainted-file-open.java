import java.io.*;
import java.nio.file.*;
import java.util.Set;
import javax.servlet.ServletContext;
import javax.servlet.http.*;
import org.apache.commons.io.FilenameUtils;

public class DocumentServlet extends HttpServlet {
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "de");
    private static final Path UPLOADS = Paths.get("/srv/uploads");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getParameter("page");
        ServletContext context = getServletContext();
        // expect: path-traversal
        try (InputStream in = context.getResourceAsStream("/WEB-INF/pages/" + page)) {
            in.transferTo(response.getOutputStream());
        }
    }

    protected void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        // expect: path-traversal
        try (FileInputStream in = new FileInputStream("/srv/files" + name)) {
            in.transferTo(response.getOutputStream());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, javax.servlet.ServletException {
        Part part = request.getPart("document");
        String fileName = part.getSubmittedFileName();
        // expect: path-traversal
        part.write("/srv/uploads/" + fileName);
    }

    protected void appendNote(HttpServletRequest request) throws IOException {
        String log = request.getHeader("X-Log-Name");
        // expect: path-traversal
        try (FileWriter out = new FileWriter("/var/log/notes/" + log, true)) {
            out.write(request.getParameter("note"));
        }
    }

    protected void messages(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        if (!LANGUAGES.contains(lang)) {
            response.sendError(400);
            return;
        }
        // safe: path-traversal
        InputStream in = getServletContext().getResourceAsStream("/WEB-INF/i18n/messages_" + lang + ".properties");
        in.transferTo(response.getOutputStream());
    }

    protected void storeUpload(HttpServletRequest request) throws IOException, javax.servlet.ServletException {
        Part part = request.getPart("document");
        String name = FilenameUtils.getName(part.getSubmittedFileName());
        // safe: path-traversal
        part.write("/srv/uploads/" + name);
    }

    protected void storeChecked(HttpServletRequest request) throws IOException, javax.servlet.ServletException {
        Part part = request.getPart("document");
        Path target = UPLOADS.resolve(part.getSubmittedFileName()).normalize();
        if (!target.startsWith(UPLOADS)) throw new IllegalArgumentException("invalid file name");
        // safe: path-traversal
        part.write(target.toString());
    }

    protected void favicon(HttpServletResponse response) throws IOException {
        // safe: path-traversal
        try (FileInputStream in = new FileInputStream("/srv/static/favicon.ico")) {
            in.transferTo(response.getOutputStream());
        }
    }
}
