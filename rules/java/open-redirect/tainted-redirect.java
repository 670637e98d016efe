import java.io.IOException;
import javax.servlet.http.*;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class LoginController {

    @PostMapping("/login")
    public void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        // expect: open-redirect
        response.sendRedirect(next);
    }

    @GetMapping("/go")
    public String go(@RequestParam("url") String url) {
        // expect: open-redirect
        return "redirect:" + url;
    }

    @GetMapping("/continue")
    public RedirectView continueTo(@RequestParam String returnUrl) {
        // expect: open-redirect
        return new RedirectView(returnUrl);
    }

    @GetMapping("/out")
    public void out(@RequestParam String target, HttpServletResponse response) {
        response.setStatus(302);
        // expect: open-redirect
        response.setHeader("Location", target);
    }

    @GetMapping("/orders/{id}/view")
    public String view(@PathVariable String id) {
        // safe: open-redirect
        return "redirect:/orders/" + id;
    }

    @PostMapping("/login2")
    public void loginSafely(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        String target = (next != null && next.startsWith("/") && !next.startsWith("//")) ? next : "/home";
        // safe: open-redirect
        response.sendRedirect(target);
    }

    @GetMapping("/logout")
    public void logout(HttpServletResponse response) throws IOException {
        // safe: open-redirect
        response.sendRedirect("/login?logout");
    }

    @GetMapping("/home")
    public String home() {
        // safe: open-redirect
        return "redirect:/dashboard";
    }
}
