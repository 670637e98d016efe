import java.io.*;
import java.util.*;
import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class DiagnosticsController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException {
        // expect: cmdi
        Process process = Runtime.getRuntime().exec("ping -c 1 " + host);
        return new String(process.getInputStream().readAllBytes());
    }

    @PostMapping("/archive")
    public void archive(@RequestParam("dir") String dir) throws IOException {
        String command = "tar czf /tmp/backup.tgz " + dir;
        Runtime runtime = Runtime.getRuntime();
        // expect: cmdi
        runtime.exec(command);
    }

    @GetMapping("/grep")
    public String grep(HttpServletRequest request) throws IOException {
        String pattern = request.getParameter("q");
        // expect: cmdi
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "grep " + pattern + " /var/log/app.log");
        return new String(pb.start().getInputStream().readAllBytes());
    }

    @GetMapping("/run")
    public void run(HttpServletRequest request) throws IOException {
        // expect: cmdi
        Runtime.getRuntime().exec(new String[] {"/bin/bash", "-c", request.getParameter("script")});
    }

    @GetMapping("/tool")
    public void tool(@RequestParam String commandLine) throws IOException {
        // expect: cmdi
        new ProcessBuilder(commandLine.split(" ")).start();
    }

    public void windows(String file) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        // expect: cmdi
        builder.command("cmd.exe", "/c", "type " + file);
    }

    @GetMapping("/ping2")
    public String pingSafely(@RequestParam String host) throws IOException {
        if (!host.matches("^[a-zA-Z0-9.-]{1,253}$")) {
            throw new IllegalArgumentException("invalid host");
        }
        // safe: cmdi
        Process process = new ProcessBuilder("ping", "-c", "1", host).start();
        return new String(process.getInputStream().readAllBytes());
    }

    public void cleanup() throws IOException {
        // safe: cmdi
        Runtime.getRuntime().exec("rm -rf /tmp/cache");
    }

    @GetMapping("/list")
    public void list(@RequestParam String dir) throws IOException {
        // safe: cmdi
        Runtime.getRuntime().exec(new String[] {"ls", "-l", dir});
    }

    public void uptime() throws IOException {
        // safe: cmdi
        new ProcessBuilder("sh", "-c", "uptime > /tmp/uptime.txt").start();
    }

    @GetMapping("/convert")
    public void convert(@RequestParam String name) throws IOException {
        List<String> args = new ArrayList<>();
        args.add("convert");
        args.add(name);
        // safe: cmdi
        new ProcessBuilder(args).start();
    }

    public void runTask(Executor executor, Runnable task) {
        // safe: cmdi
        executor.exec(task);
    }

    @PostMapping("/script")
    public void script(@RequestParam String script) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("/bin/sh");
        command.add("-c");
        command.add(script);
        // expect: cmdi
        new ProcessBuilder(command).start();
    }

    @PostMapping("/tool")
    public void tool(@RequestParam String tool, @RequestParam String file) throws IOException {
        // expect: cmdi
        Runtime.getRuntime().exec(new String[] {tool, file});
    }

    @PostMapping("/version")
    public void version(@RequestParam String tool) throws IOException {
        // expect: cmdi
        new ProcessBuilder(List.of(tool, "--version")).start();
    }

    @PostMapping("/help")
    public void help(@RequestParam String tool) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        // expect: cmdi
        builder.command(tool, "--help");
        builder.start();
    }

    @PostMapping("/thumbnail")
    public void thumbnail(@RequestParam String name) throws IOException {
        // safe: cmdi
        new ProcessBuilder(List.of("convert", name, "thumb.png")).start();
    }

    @PostMapping("/archive")
    public void archive(@RequestParam String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        // safe: cmdi
        builder.command("tar", "czf", "/tmp/out.tgz", name);
        builder.start();
    }
}
