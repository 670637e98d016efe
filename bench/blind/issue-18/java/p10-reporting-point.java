// point 10: where a finding is reported — explicit insecure setting on the setting, missing setting at the use
package com.example.web;

import java.io.InputStream;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;

@RestController
public class ImportController {

    @PostMapping("/import/xml")
    public String importXml(HttpServletRequest request) throws Exception {
        // safe: xxe
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        InputStream body = request.getInputStream();
        // expect: xxe
        Document doc = builder.parse(body);
        return doc.getDocumentElement().getNodeName();
    }

    @PostMapping("/import/xml-entities")
    public String importWithEntities(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // expect: xxe
        factory.setFeature("http://xml.org/sax/features/external-general-entities", true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(request.getInputStream()).getDocumentElement().getTagName();
    }

    @PostMapping("/login/remember")
    public void remember(HttpServletRequest request, HttpServletResponse response) {
        // safe: insecure-cookie
        Cookie cookie = new Cookie("remember", request.getSession().getId());
        cookie.setPath("/");
        cookie.setMaxAge(86400);
        // expect: insecure-cookie
        response.addCookie(cookie);
    }

    @PostMapping("/login/theme")
    public void theme(HttpServletResponse response) {
        Cookie theme = new Cookie("theme", "dark");
        theme.setHttpOnly(true);
        // expect: insecure-cookie
        theme.setSecure(false);
        theme.setPath("/");
        theme.setMaxAge(3600);
        response.addCookie(theme);
    }

    @PostMapping("/login/session")
    public void session(HttpServletRequest request, HttpServletResponse response) {
        Cookie sid = new Cookie("sid", request.getSession().getId());
        sid.setHttpOnly(true);
        sid.setSecure(true);
        sid.setPath("/");
        // safe: insecure-cookie
        response.addCookie(sid);
    }
}
