// class: cmdi — ProcessBuilder with a shell or request data in its list/array, Runtime.exec(String[]) vs constant commands
package com.example.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MediaToolsController {

    private static final Map<String, String> PRESETS = Map.of(
            "thumb", "128x128",
            "medium", "640x480");

    @PostMapping("/media/convert")
    public int convert(@RequestParam String source, @RequestParam String size) throws Exception {
        // expect: cmdi
        Process p = new ProcessBuilder("/bin/sh", "-c", "convert /srv/media/" + source + " -resize " + size + " /tmp/out.png").start();
        return p.waitFor();
    }

    @PostMapping("/media/probe")
    public int probe(@RequestParam String tool, @RequestParam String file) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.add("/srv/media/" + file);
        // expect: cmdi
        ProcessBuilder pb = new ProcessBuilder(command);
        return pb.inheritIO().start().waitFor();
    }

    @PostMapping("/media/archive")
    public int archive(@RequestParam String folder) throws Exception {
        String[] cmd = {"cmd.exe", "/c", "tar -czf C:\\backups\\media.tgz " + folder};
        // expect: cmdi
        return Runtime.getRuntime().exec(cmd).waitFor();
    }

    @PostMapping("/media/ping")
    public int ping(@RequestParam String host) throws Exception {
        // expect: cmdi
        return Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", host}).waitFor();
    }

    @PostMapping("/media/git-log")
    public int gitLog(@RequestParam String author) throws Exception {
        // expect: cmdi
        ProcessBuilder pb = new ProcessBuilder().command("bash", "-c", "git log --author=" + author);
        return pb.start().waitFor();
    }

    @PostMapping("/media/resize")
    public int resize(@RequestParam String preset) throws Exception {
        String geometry = PRESETS.getOrDefault(preset, "128x128");
        // safe: cmdi
        Process p = new ProcessBuilder("convert", "/srv/media/latest.png", "-resize", geometry, "/tmp/out.png").start();
        return p.waitFor();
    }

    @PostMapping("/media/cleanup")
    public int cleanup() throws Exception {
        // safe: cmdi
        return Runtime.getRuntime().exec(new String[] {"find", "/tmp/media", "-mtime", "+1", "-delete"}).waitFor();
    }

    @PostMapping("/media/caption")
    public int caption(@RequestParam String text) throws Exception {
        // safe: cmdi
        Process p = new ProcessBuilder("/usr/local/bin/caption-tool", "--stdin").start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p.waitFor();
    }

    @PostMapping("/media/count")
    public int count(@RequestParam int year) throws Exception {
        // safe: cmdi
        return new ProcessBuilder("/usr/local/bin/media-count", "--year", Integer.toString(year)).start().waitFor();
    }
}
