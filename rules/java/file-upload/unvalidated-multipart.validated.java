import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.commons.io.FilenameUtils;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class SafeUploadController {
    private static final Set<String> ALLOWED_EXTENSIONS = Set.of("png", "jpg", "pdf");
    private static final long MAX_FILE_SIZE = 10 * 1024 * 1024;
    private final Path uploadDir = Paths.get("/srv/uploads");

    @PostMapping("/upload")
    public ResponseEntity<String> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String ext = FilenameUtils.getExtension(file.getOriginalFilename()).toLowerCase();
        if (!ALLOWED_EXTENSIONS.contains(ext) || file.getSize() > MAX_FILE_SIZE) {
            return ResponseEntity.badRequest().body("file type or size not allowed");
        }
        String stored = UUID.randomUUID() + "." + ext;
        // safe: file-upload
        file.transferTo(uploadDir.resolve(stored));
        return ResponseEntity.ok(stored);
    }

    @PostMapping("/image")
    public void image(@RequestParam MultipartFile image) throws IOException {
        if (!List.of("image/png", "image/jpeg").contains(image.getContentType())) {
            throw new IllegalArgumentException("only PNG or JPEG");
        }
        if (image.getSize() > MAX_FILE_SIZE) {
            throw new IllegalArgumentException("too large");
        }
        // safe: file-upload
        Files.copy(image.getInputStream(), uploadDir.resolve(UUID.randomUUID() + ".img"));
    }

    @PostMapping("/pdf")
    public void pdf(@RequestParam MultipartFile doc) throws IOException {
        String original = doc.getOriginalFilename();
        if (original == null || !original.toLowerCase().endsWith(".pdf")) {
            throw new IllegalArgumentException("PDF only");
        }
        // safe: file-upload
        doc.transferTo(uploadDir.resolve(UUID.randomUUID() + ".pdf"));
    }
}
