// "Go back" redirects to the Referer are information only; other request data stays a warning
// under java/open-redirect/tainted-redirect.
import java.io.IOException;
import javax.servlet.http.*;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class CartController {

    @PostMapping("/cart/items")
    public void add(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // expect: java/open-redirect/referer-redirect
        // safe: java/open-redirect/tainted-redirect
        response.sendRedirect(request.getHeader("Referer"));
    }

    @PostMapping("/theme")
    public String theme(HttpServletRequest request) {
        String back = request.getHeader("referer");
        // expect: java/open-redirect/referer-redirect
        // safe: java/open-redirect/tainted-redirect
        return "redirect:" + back;
    }

    @PostMapping("/dismiss")
    public void dismiss(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(302);
        // expect: java/open-redirect/referer-redirect
        // safe: java/open-redirect/tainted-redirect
        response.setHeader("Location", request.getHeader("Referer"));
    }

    @GetMapping("/logout")
    public void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        // expect: java/open-redirect/tainted-redirect
        // safe: java/open-redirect/referer-redirect
        response.sendRedirect(next != null ? next : request.getHeader("Referer"));
    }

    @PostMapping("/back")
    public void back(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = request.getHeader("Referer");
        String site = "https://shop.example/";
        if (back == null || !back.startsWith(site)) {
            back = site;
        }
        // safe: open-redirect
        response.sendRedirect(back);
    }

    @GetMapping("/home")
    public String home() {
        // safe: open-redirect
        return "redirect:/dashboard";
    }
}
