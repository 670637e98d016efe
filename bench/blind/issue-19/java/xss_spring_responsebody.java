// class: xss — Spring @ResponseBody / @RestController returning built HTML; HtmlUtils.htmlEscape and OWASP Encoder as sanitizers; JSP tag output
package com.example.web;

import java.io.IOException;
import javax.servlet.jsp.JspException;
import javax.servlet.jsp.tagext.SimpleTagSupport;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

@Controller
public class ProfilePageController {

    @GetMapping(value = "/profile/card", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String card(@RequestParam String displayName) {
        // expect: xss
        return "<div class=\"card\"><h2>" + displayName + "</h2></div>";
    }

    @GetMapping(value = "/profile/{handle}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String profile(@PathVariable String handle) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<h1>@").append(handle).append("</h1>");
        html.append("</body></html>");
        // expect: xss
        return html.toString();
    }

    @GetMapping(value = "/profile/card-safe", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String cardSafe(@RequestParam String displayName) {
        // safe: xss
        return "<div class=\"card\"><h2>" + HtmlUtils.htmlEscape(displayName) + "</h2></div>";
    }

    @GetMapping(value = "/profile/bio", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String bio(@RequestParam String bio) {
        String escaped = Encode.forHtml(bio);
        // safe: xss
        return String.format("<section><p>%s</p></section>", escaped);
    }

    @GetMapping(value = "/profile/search", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String search(@RequestParam String q) {
        // expect: xss
        return String.format("<p>No results for <b>%s</b></p>", q);
    }

    /** Custom JSP tag: <app:hello name="${param.name}"/> */
    public static class HelloTag extends SimpleTagSupport {
        private String name;

        public void setName(String name) {
            this.name = name;
        }

        @Override
        public void doTag() throws JspException, IOException {
            // expect: xss
            getJspContext().getOut().write("<span class=\"hello\">Hello, " + name + "</span>");
        }
    }

    public static class SafeHelloTag extends SimpleTagSupport {
        private String name;

        public void setName(String name) {
            this.name = name;
        }

        @Override
        public void doTag() throws JspException, IOException {
            // safe: xss
            getJspContext().getOut().write("<span class=\"hello\">Hello, " + Encode.forHtml(name) + "</span>");
        }
    }
}
