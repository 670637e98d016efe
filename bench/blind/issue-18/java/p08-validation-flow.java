// point 8: validation by flow — cleaning helpers and dominating guards count, checks elsewhere do not; allow-lists by shape
package com.example.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MediaController {

    private static final Path ROOT = Paths.get("/srv/media").toAbsolutePath().normalize();
    private static final Set<String> FORMATS = Set.of("png", "jpg", "webp");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static String baseName(String raw) {
        return Paths.get(raw).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "");
    }

    private static boolean isAllowed(String name) {
        return SAFE_NAME.matcher(name).matches();
    }

    @GetMapping("/media/cleaned")
    public byte[] cleaned(HttpServletRequest request) throws IOException {
        String name = baseName(request.getParameter("name"));
        // safe: path-traversal
        return Files.readAllBytes(ROOT.resolve(name));
    }

    @GetMapping("/media/guarded")
    public byte[] guarded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        if (!isAllowed(name)) {
            response.sendError(400);
            return new byte[0];
        }
        // safe: path-traversal
        return Files.readAllBytes(ROOT.resolve(name + ".bin"));
    }

    @GetMapping("/media/wrong-variable")
    public byte[] wrongVariable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        String folder = request.getParameter("folder");
        if (!isAllowed(folder)) {
            response.sendError(400);
            return new byte[0];
        }
        // expect: path-traversal
        return Files.readAllBytes(ROOT.resolve(folder).resolve(name));
    }

    @GetMapping("/media/other-branch")
    public byte[] otherBranch(HttpServletRequest request) throws IOException {
        String name = request.getParameter("name");
        if (request.getParameter("strict") != null) {
            name = baseName(name);
        }
        // expect: path-traversal
        return Files.readAllBytes(ROOT.resolve(name));
    }

    @GetMapping("/media/mentioned")
    public byte[] mentioned(HttpServletRequest request) throws IOException {
        String name = request.getParameter("name");
        boolean looksSafe = isAllowed(name);
        System.out.println("request for " + name + " allowed=" + looksSafe);
        // expect: path-traversal
        return Files.readAllBytes(ROOT.resolve(name));
    }

    @GetMapping("/media/convert")
    public String convert(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fmt = request.getParameter("format");
        if (!FORMATS.contains(fmt)) {
            response.sendError(400);
            return "bad format";
        }
        // safe: cmdi
        Runtime.getRuntime().exec("convert /srv/media/in.tiff /srv/media/out." + fmt);
        return "ok";
    }

    @GetMapping("/media/convert-unchecked")
    public String convertUnchecked(HttpServletRequest request) throws IOException {
        String fmt = request.getParameter("format");
        String label = request.getParameter("label");
        if (!FORMATS.contains(label)) {
            return "bad label";
        }
        // expect: cmdi
        Runtime.getRuntime().exec("convert /srv/media/in.tiff /srv/media/out." + fmt);
        return "ok";
    }
}
