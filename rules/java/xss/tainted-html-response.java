import java.io.*;
import javax.servlet.http.*;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.HtmlUtils;

@RestController
public class GreetingController {

    @GetMapping("/hello")
    public String hello(@RequestParam String name) {
        // expect: xss
        return "<h1>Hello, " + name + "!</h1>";
    }

    @GetMapping("/search")
    public void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        response.setContentType("text/html");
        PrintWriter out = response.getWriter();
        // expect: xss
        out.println("<p>Results for " + q + "</p>");
    }

    @GetMapping("/error-page")
    public void errorPage(@RequestParam("msg") String msg, HttpServletResponse response) throws IOException {
        // expect: xss
        response.getWriter().write("<div class='error'>" + msg + "</div>");
    }

    @GetMapping("/card")
    public org.springframework.http.ResponseEntity<String> card(@RequestParam String title) {
        // expect: xss
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<div>" + title + "</div>");
    }

    @GetMapping("/hello2")
    public String helloSafely(@RequestParam String name) {
        // safe: xss
        return "<h1>Hello, " + HtmlUtils.htmlEscape(name) + "!</h1>";
    }

    @GetMapping("/api/echo")
    public void echo(@RequestParam String text, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        // safe: xss
        response.getWriter().write(objectMapper.writeValueAsString(java.util.Map.of("text", text)));
    }

    @GetMapping("/page")
    public String page(@RequestParam int page) {
        // safe: xss
        return "<p>Page " + page + "</p>";
    }

    @GetMapping(value = "/plain", produces = MediaType.TEXT_PLAIN_VALUE)
    public String plain(@RequestParam String name) {
        // safe: xss
        return "<b>" + name;
    }

    @GetMapping("/status")
    public String status(@RequestParam String id) {
        // safe: xss
        return "OK " + id;
    }
}
