// class: path-traversal — near misses: server-chosen names, ids looked up in the database, canonical containment checks, FilenameUtils.getName
package com.example.invoices;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.FilenameUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoicePdfController {

    private static final File PDF_ROOT = new File("/srv/invoices");

    private final Map<Long, String> storedNames;

    public InvoicePdfController(Map<Long, String> storedNames) {
        this.storedNames = storedNames;
    }

    @GetMapping("/invoices/{id}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) throws IOException {
        // safe: path-traversal
        byte[] body = Files.readAllBytes(PDF_ROOT.toPath().resolve("invoice-" + id + ".pdf"));
        return ResponseEntity.ok(body);
    }

    @GetMapping("/invoices/stored")
    public ResponseEntity<byte[]> stored(@RequestParam long id) throws IOException {
        String name = storedNames.get(id);
        if (name == null) {
            return ResponseEntity.notFound().build();
        }
        // safe: path-traversal
        return ResponseEntity.ok(Files.readAllBytes(new File(PDF_ROOT, name).toPath()));
    }

    @GetMapping("/invoices/by-name")
    public ResponseEntity<byte[]> byName(@RequestParam String name) throws IOException {
        String baseName = FilenameUtils.getName(name);
        // safe: path-traversal
        return ResponseEntity.ok(Files.readAllBytes(new File(PDF_ROOT, baseName).toPath()));
    }

    @GetMapping("/invoices/raw")
    public ResponseEntity<byte[]> raw(@RequestParam String name) throws IOException {
        // expect: path-traversal
        return ResponseEntity.ok(Files.readAllBytes(new File(PDF_ROOT, name).toPath()));
    }

    @GetMapping("/invoices/year/{year}")
    public ResponseEntity<byte[]> yearly(@PathVariable String year) throws IOException {
        Path root = PDF_ROOT.toPath().toRealPath();
        Path target = root.resolve(year + "/summary.pdf").toRealPath();
        if (!target.startsWith(root)) {
            return ResponseEntity.badRequest().build();
        }
        // safe: path-traversal
        return ResponseEntity.ok(Files.readAllBytes(target));
    }
}
