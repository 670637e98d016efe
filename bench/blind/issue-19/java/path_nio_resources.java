// class: path-traversal — Paths.get/Path.of/resolve, Files.*, ServletContext.getResourceAsStream, Spring Resource loaders
package com.example.themes;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThemeController {

    private static final Path THEMES = Paths.get("/srv/themes");
    private static final Map<String, String> PRESETS = Map.of("light", "light.css", "dark", "dark.css");

    private final ServletContext servletContext;
    private final ResourceLoader resourceLoader;

    public ThemeController(ServletContext servletContext, ResourceLoader resourceLoader) {
        this.servletContext = servletContext;
        this.resourceLoader = resourceLoader;
    }

    @GetMapping("/themes/{name}")
    public String theme(@PathVariable String name) throws IOException {
        // expect: path-traversal
        return Files.readString(THEMES.resolve(name + ".css"));
    }

    @GetMapping("/themes/lines")
    public List<String> lines(@RequestParam String file) throws IOException {
        // expect: path-traversal
        return Files.readAllLines(Paths.get(THEMES.toString(), file));
    }

    @DeleteMapping("/themes/{name}")
    public void delete(@PathVariable String name) throws IOException {
        // expect: path-traversal
        Files.delete(Path.of("/srv/themes/" + name));
    }

    @GetMapping("/themes/bundled")
    public byte[] bundled(@RequestParam String asset) throws IOException {
        // expect: path-traversal
        try (InputStream in = servletContext.getResourceAsStream("/WEB-INF/themes/" + asset)) {
            return in.readAllBytes();
        }
    }

    @GetMapping("/themes/resource")
    public ResponseEntity<Resource> resource(@RequestParam String location) {
        // expect: path-traversal
        Resource res = resourceLoader.getResource("file:/srv/themes/" + location);
        return ResponseEntity.ok(res);
    }

    @GetMapping("/themes/fs")
    public ResponseEntity<Resource> fs(@RequestParam String location) {
        // expect: path-traversal
        return ResponseEntity.ok(new FileSystemResource("/srv/themes/" + location));
    }

    @GetMapping("/themes/preset")
    public String preset(@RequestParam String preset) throws IOException {
        String file = PRESETS.getOrDefault(preset, "light.css");
        // safe: path-traversal
        return Files.readString(THEMES.resolve(file));
    }

    @GetMapping("/themes/checked")
    public String checked(@RequestParam String name) throws IOException {
        Path target = THEMES.resolve(name).normalize();
        if (!target.startsWith(THEMES)) {
            throw new IllegalArgumentException("outside theme folder");
        }
        // safe: path-traversal
        return Files.readString(target);
    }

    @GetMapping("/themes/slug")
    public String bySlug(@RequestParam String slug) throws IOException {
        if (!slug.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("bad slug");
        }
        // safe: path-traversal
        return Files.readString(THEMES.resolve(slug + ".css"));
    }
}
