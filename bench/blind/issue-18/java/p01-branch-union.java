// point 1: branch union — after an if/else a variable carries what every path gave it
package com.example.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportController {

    @GetMapping("/reports/run")
    public String run(@RequestParam(required = false) String name) throws IOException {
        if (name == null) {
            name = "";
        }
        // expect: cmdi
        Process proc = Runtime.getRuntime().exec("generate-report " + name);
        return "started " + proc.pid();
    }

    @GetMapping("/reports/view")
    public byte[] view(HttpServletRequest request) throws IOException {
        String file = request.getParameter("file");
        if (file == null || file.isBlank()) {
            file = "index.txt";
        }
        // expect: path-traversal
        return Files.readAllBytes(Paths.get("/srv/reports", file));
    }

    @GetMapping("/reports/latest")
    public byte[] latest(HttpServletRequest request) throws IOException {
        String file = request.getParameter("file");
        // the request value is discarded on every path
        file = "latest.txt";
        // safe: path-traversal
        return Files.readAllBytes(Paths.get("/srv/reports", file));
    }

    @GetMapping("/reports/rebuild")
    public String rebuild(HttpServletRequest request) throws IOException {
        String mode = request.getParameter("mode");
        String script;
        if ("full".equals(mode)) {
            script = "full-report.sh";
        } else {
            script = "quick-report.sh";
        }
        // safe: cmdi
        Runtime.getRuntime().exec(new String[] {"/opt/reports/" + script});
        return "ok";
    }

    @GetMapping("/reports/archive")
    public String archive(HttpServletRequest request) throws IOException {
        String target = "default";
        String requested = request.getParameter("target");
        if (requested != null) {
            target = requested;
        }
        // expect: cmdi
        Runtime.getRuntime().exec("tar czf /backups/" + target + ".tgz /srv/reports");
        return "archived";
    }
}
