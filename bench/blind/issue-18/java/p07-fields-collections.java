// point 7: flow through class fields, same-file helper returns, collections and arrays
package com.example.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExportController {

    private String exportDir;
    private String archiveName = "export.zip";

    @GetMapping("/export/prepare")
    public String prepare(HttpServletRequest request) {
        this.exportDir = request.getParameter("dir");
        return "prepared";
    }

    @GetMapping("/export/run")
    public String run() throws IOException {
        // expect: cmdi
        Runtime.getRuntime().exec("zip -r /tmp/out.zip " + exportDir);
        // safe: cmdi
        Runtime.getRuntime().exec(new String[] {"zip", "-r", "/tmp/" + archiveName, "/srv/static"});
        return "running";
    }

    private String userFile(HttpServletRequest request) {
        return "/srv/exports/" + request.getParameter("file");
    }

    private String templateFile() {
        return "/srv/templates/default.txt";
    }

    @GetMapping("/export/file")
    public String file(HttpServletRequest request) throws IOException {
        // expect: path-traversal
        String body = Files.readString(Path.of(userFile(request)));
        // safe: path-traversal
        String template = Files.readString(Path.of(templateFile()));
        return template + body;
    }

    @GetMapping("/export/batch")
    public String batch(HttpServletRequest request) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(request.getParameter("target"));
        Map<String, String> opts = new HashMap<>();
        opts.put("format", request.getParameter("format"));
        opts.put("level", "9");
        String[] parts = {"gzip", request.getParameter("extra")};
        // expect: cmdi
        Runtime.getRuntime().exec("tar cf /tmp/batch.tar " + args.get(0));
        // expect: cmdi
        Runtime.getRuntime().exec("convert --format " + opts.get("format"));
        // expect: cmdi
        Runtime.getRuntime().exec("sh -c " + parts[1]);
        return "queued";
    }
}
