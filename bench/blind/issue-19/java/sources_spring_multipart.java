// class: path-traversal — Spring MultipartFile original file names reaching the file system
package com.example.uploads;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class AttachmentController {

    private final Path root = Paths.get("/srv/attachments").toAbsolutePath().normalize();

    @PostMapping("/attachments")
    public ResponseEntity<String> upload(@RequestParam("file") MultipartFile file) throws IOException {
        // expect: path-traversal
        file.transferTo(new File("/srv/attachments/" + file.getOriginalFilename()));
        return ResponseEntity.ok("stored");
    }

    @PostMapping("/attachments/stream")
    public ResponseEntity<String> uploadStream(@RequestPart("doc") MultipartFile doc) throws IOException {
        Path dest = root.resolve(doc.getOriginalFilename());
        // expect: path-traversal
        Files.copy(doc.getInputStream(), dest);
        return ResponseEntity.ok("stored");
    }

    @PostMapping("/attachments/checked")
    public ResponseEntity<String> uploadChecked(@RequestParam("file") MultipartFile file) throws IOException {
        String cleaned = StringUtils.cleanPath(file.getOriginalFilename());
        Path dest = root.resolve(cleaned).normalize();
        if (!dest.startsWith(root)) {
            return ResponseEntity.badRequest().body("invalid name");
        }
        // safe: path-traversal
        file.transferTo(dest);
        return ResponseEntity.ok("stored");
    }

    @PostMapping("/attachments/generated")
    public ResponseEntity<String> uploadGenerated(@RequestParam("file") MultipartFile file) throws IOException {
        String name = UUID.randomUUID() + ".bin";
        // safe: path-traversal
        file.transferTo(root.resolve(name));
        return ResponseEntity.ok(name);
    }
}
