import java.io.*;
import java.nio.file.*;
import java.util.*;
import javax.servlet.http.*;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class UploadController {
    private final Path uploadDir = Paths.get("/srv/uploads");

    @PostMapping("/upload")
    public ResponseEntity<String> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = UUID.randomUUID().toString();
        // expect: file-upload
        file.transferTo(uploadDir.resolve(name));
        return ResponseEntity.ok(name);
    }

    @PostMapping("/avatar")
    public void avatar(@RequestParam MultipartFile avatar) throws IOException {
        // expect: file-upload
        Files.copy(avatar.getInputStream(), uploadDir.resolve(UUID.randomUUID() + ".img"), StandardCopyOption.REPLACE_EXISTING);
    }

    @PostMapping("/docs")
    public void docs(HttpServletRequest request) throws Exception {
        Part part = request.getPart("doc");
        // expect: file-upload
        part.write("/srv/uploads/" + UUID.randomUUID());
    }

    @PostMapping("/raw")
    public void raw(@RequestParam MultipartFile data) throws IOException {
        // expect: file-upload
        Files.write(uploadDir.resolve(UUID.randomUUID().toString()), data.getBytes());
    }

    public void writeReport(Writer out, String text) throws IOException {
        // safe: file-upload
        out.write(text);
    }

    public void copyBackup(Path from, Path to) throws IOException {
        // safe: file-upload
        Files.copy(from, to);
    }
}
