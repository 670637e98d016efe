import java.io.*;
import java.net.*;
import java.util.Set;
import javax.servlet.http.*;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

@RestController
public class PreviewController {
    private static final Set<String> ALLOWED_HOSTS = Set.of("api.example.com", "cdn.example.com");
    private final RestTemplate restTemplate = new RestTemplate();
    private final WebClient webClient = WebClient.create();

    @GetMapping("/preview")
    public String preview(@RequestParam String url) {
        // expect: ssrf
        return restTemplate.getForObject(url, String.class);
    }

    @GetMapping("/fetch")
    public String fetch(HttpServletRequest request) throws IOException {
        String target = request.getParameter("target");
        // expect: ssrf
        HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection();
        return new String(conn.getInputStream().readAllBytes());
    }

    @PostMapping("/webhook/test")
    public String webhook(@RequestBody WebhookRequest body) {
        // expect: ssrf
        return webClient.get().uri(body.getCallbackUrl()).retrieve().bodyToMono(String.class).block();
    }

    @GetMapping("/avatar")
    public byte[] avatar(@RequestParam String user) {
        // expect: ssrf
        return restTemplate.getForObject("http://" + user + ".internal/avatar.png", byte[].class);
    }

    @GetMapping("/preview2")
    public String previewSafely(@RequestParam String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("host not allowed");
        }
        // safe: ssrf
        return restTemplate.getForObject(uri, String.class);
    }

    @GetMapping("/weather")
    public String weather(@RequestParam String city) {
        // safe: ssrf
        return restTemplate.getForObject("https://api.example.com/weather?city={city}", String.class, city);
    }

    @GetMapping("/status")
    public String status() {
        // safe: ssrf
        return webClient.get().uri("https://status.example.com/api").retrieve().bodyToMono(String.class).block();
    }

    @GetMapping("/user")
    public String user(@RequestParam int id) throws IOException {
        // safe: ssrf
        return new String(new URL("https://api.example.com/users/" + id).openStream().readAllBytes());
    }
}
