package com.example.docs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST controller for uploading and downloading user documents.
 */
@RestController
@RequestMapping("/api/documents")
public class DocumentUploadController {

    private static final String UPLOAD_DIR = "/var/app/uploads/";

    @PostMapping("/upload")
    public ResponseEntity<Map<String, String>> uploadFile(@RequestParam("file") MultipartFile file) {
        Map<String, String> response = new HashMap<>();
        if (file.isEmpty()) {
            response.put("error", "Please select a file to upload");
            return ResponseEntity.badRequest().body(response);
        }
        try {
            String fileName = file.getOriginalFilename();
            File destination = new File(UPLOAD_DIR + fileName);
            // expect: file-upload, path-traversal
            file.transferTo(destination);
            response.put("message", "File uploaded successfully");
            response.put("fileName", fileName);
            return ResponseEntity.ok(response);
        } catch (IOException e) {
            // expect: info-leak
            response.put("error", "Failed to upload file: " + e.getMessage());
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(response);
        }
    }

    @GetMapping("/download/{fileName}")
    public ResponseEntity<Resource> downloadFile(@PathVariable String fileName) {
        // expect: path-traversal
        Path filePath = Paths.get(UPLOAD_DIR).resolve(fileName);
        Resource resource = new FileSystemResource(filePath);
        if (!resource.exists()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + resource.getFilename() + "\"")
                .body(resource);
    }

    @DeleteMapping("/{fileName}")
    public ResponseEntity<String> deleteFile(@PathVariable String fileName) {
        try {
            // expect: path-traversal
            Files.deleteIfExists(Paths.get(UPLOAD_DIR, fileName));
            return ResponseEntity.ok("Deleted");
        } catch (IOException e) {
            // safe: info-leak
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("Could not delete file");
        }
    }

    @PostMapping("/avatar")
    public ResponseEntity<String> uploadAvatar(@RequestParam("file") MultipartFile file) throws IOException {
        String contentType = file.getContentType();
        if (contentType == null || !(contentType.equals("image/png") || contentType.equals("image/jpeg"))) {
            return ResponseEntity.badRequest().body("Only PNG and JPEG images are allowed");
        }
        if (file.getSize() > 2 * 1024 * 1024) {
            return ResponseEntity.badRequest().body("File too large");
        }
        String extension = contentType.equals("image/png") ? ".png" : ".jpg";
        String storedName = UUID.randomUUID() + extension;
        // safe: path-traversal, file-upload
        file.transferTo(new File(UPLOAD_DIR + "avatars/", storedName));
        return ResponseEntity.ok(storedName);
    }

    @GetMapping("/list")
    public ResponseEntity<?> listFiles() {
        try {
            // safe: path-traversal
            File dir = new File(UPLOAD_DIR);
            String[] names = dir.list();
            return ResponseEntity.ok(names == null ? new String[0] : names);
        } catch (SecurityException e) {
            // expect: info-leak
            return ResponseEntity.status(500).body(e.toString());
        }
    }
}
