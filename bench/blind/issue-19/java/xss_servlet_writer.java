// class: xss — response writer print/println/write/format/printf and getOutputStream with request data; OWASP Encoder, ESAPI, HtmlUtils as sanitizers
package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletOutputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.owasp.esapi.ESAPI;
import org.springframework.web.util.HtmlUtils;

@WebServlet("/greeting")
public class GreetingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String name = request.getParameter("name");
        String topic = request.getParameter("topic");
        PrintWriter out = response.getWriter();

        // expect: xss
        out.print("<h1>Hello " + name + "</h1>");
        // expect: xss
        out.println("<p>You searched for " + topic + "</p>");
        // expect: xss
        response.getWriter().write("<div class=\"note\">" + request.getParameter("note") + "</div>");
        // expect: xss
        out.format("<span>%s</span>", request.getHeader("Referer"));
        // expect: xss
        out.printf("<a href=\"/u/%s\">profile</a>", name);

        // safe: xss
        out.print("<h2>Welcome back " + Encode.forHtml(name) + "</h2>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String comment = request.getParameter("comment");
        String author = request.getParameter("author");
        PrintWriter out = response.getWriter();

        // safe: xss
        out.println("<blockquote>" + ESAPI.encoder().encodeForHTML(comment) + "</blockquote>");

        // safe: xss
        out.println("<cite>" + HtmlUtils.htmlEscape(author) + "</cite>");

        ServletOutputStream stream = response.getOutputStream();
        // expect: xss
        stream.write(("<p>" + comment + "</p>").getBytes(StandardCharsets.UTF_8));

        // safe: xss
        out.println("<p>Comments are moderated.</p>");
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        String title = request.getParameter("title");
        // safe: xss
        response.getWriter().print("<title>" + Encode.forHtmlContent(title) + "</title>");
        response.getWriter().flush();

        // expect: xss
        response.getOutputStream().print("<h3>" + title + "</h3>");
    }
}
