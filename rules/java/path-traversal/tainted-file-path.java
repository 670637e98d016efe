import java.io.*;
import java.nio.file.*;
import java.util.List;
import javax.servlet.http.*;
import org.apache.commons.io.FilenameUtils;
import org.springframework.core.io.*;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/files")
public class FileController {
    private static final String BASE_DIR = "/srv/app/files";
    private final Path storage = Paths.get("/srv/app/uploads");

    @GetMapping("/download")
    public ResponseEntity<Resource> download(@RequestParam String filename) {
        // expect: path-traversal
        File file = new File(BASE_DIR, filename);
        return ResponseEntity.ok(new FileSystemResource(file));
    }

    @GetMapping("/{name}")
    public byte[] read(@PathVariable("name") String name) throws IOException {
        // expect: path-traversal
        return Files.readAllBytes(Paths.get(BASE_DIR + "/" + name));
    }

    @DeleteMapping
    public void delete(HttpServletRequest request) throws IOException {
        String path = request.getParameter("path");
        // expect: path-traversal
        Files.deleteIfExists(storage.resolve(path));
    }

    @PostMapping("/upload")
    public void upload(@RequestParam("file") MultipartFile file) throws IOException {
        String target = "/srv/app/uploads/" + file.getOriginalFilename();
        // expect: path-traversal
        try (FileOutputStream out = new FileOutputStream(target)) {
            out.write(file.getBytes());
        }
    }

    @GetMapping("/log")
    public String log(@RequestParam String day) throws IOException {
        // expect: path-traversal
        return Files.readString(Path.of("/var/log/app", day + ".log"));
    }

    @GetMapping("/safe")
    public byte[] readSafely(@RequestParam String name) throws IOException {
        Path base = Paths.get(BASE_DIR).toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base)) {
            throw new IllegalArgumentException("invalid file name");
        }
        // safe: path-traversal
        return Files.readAllBytes(target);
    }

    @GetMapping("/basename")
    public Resource basename(@RequestParam String filename) {
        String clean = FilenameUtils.getName(filename);
        // safe: path-traversal
        return new FileSystemResource(new File(BASE_DIR, clean));
    }

    @GetMapping("/report")
    public byte[] report(@RequestParam int year) throws IOException {
        // safe: path-traversal
        return Files.readAllBytes(Paths.get(BASE_DIR, "report-" + year + ".pdf"));
    }

    @PostMapping("/avatar")
    public void avatar(@RequestParam("file") MultipartFile file) throws IOException {
        String stored = java.util.UUID.randomUUID() + ".png";
        // safe: path-traversal
        file.transferTo(new File("/srv/app/avatars", stored));
    }

    @GetMapping("/doc")
    public byte[] doc(@RequestParam String id) throws IOException {
        String safeId = id.replaceAll("[^a-zA-Z0-9_-]", "");
        // safe: path-traversal
        return Files.readAllBytes(Paths.get(BASE_DIR, safeId + ".txt"));
    }

    @GetMapping("/theme")
    public byte[] theme(@RequestParam String mode) throws IOException {
        String file = mode.equals("dark") ? "dark.css" : "light.css";
        // safe: path-traversal
        return Files.readAllBytes(Paths.get(BASE_DIR, file));
    }

    // A service method whose caller is in another file: the name is of unknown origin, and
    // reporting every non-constant path would drown real findings.
    public byte[] loadFromService(String filename) throws IOException {
        // todo-expect: path-traversal
        return Files.readAllBytes(Paths.get(BASE_DIR, filename));
    }

    public byte[] template() throws IOException {
        // safe: path-traversal
        return Files.readAllBytes(Paths.get(BASE_DIR, "template.html"));
    }

    private ResourceLoader resourceLoader;

    @GetMapping("/export/{name}")
    public List<String> export(@PathVariable String name) throws IOException {
        Path report = storage.resolve("exports").resolve(name + ".csv");
        log.info("exporting {}", report);
        // expect: path-traversal
        return Files.readAllLines(report);
    }

    @GetMapping("/template")
    public String template(@RequestParam String page) throws IOException {
        Resource resource = resourceLoader.getResource("classpath:templates/" + page);
        // expect: path-traversal
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes());
        }
    }

    @GetMapping("/static")
    public Resource staticFile(@RequestParam String asset) throws IOException {
        // expect: path-traversal
        return new ClassPathResource("static/" + asset);
    }

    @DeleteMapping("/tmp")
    public void purge(@RequestHeader("X-Upload-Id") String uploadId) {
        File dir = new File("/tmp/uploads", uploadId);
        // expect: path-traversal
        dir.delete();
    }

    @GetMapping("/logo")
    public Resource logo(@RequestParam String size) {
        // safe: path-traversal
        return resourceLoader.getResource("classpath:static/logo.png");
    }

    @GetMapping("/export2/{name}")
    public List<String> exportNamed(@PathVariable String name) throws IOException {
        Path report = storage.resolve(Paths.get(name).getFileName());
        // safe: path-traversal
        return Files.readAllLines(report);
    }
}
