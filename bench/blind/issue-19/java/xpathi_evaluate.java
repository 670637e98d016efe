// class: xpathi — javax.xml.xpath evaluate/compile with expressions built from request data
package com.example.catalog;

import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@WebServlet("/catalog/lookup")
public class CatalogLookupServlet extends HttpServlet {

    private Document loadCatalog() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/catalog.xml")) {
            return dbf.newDocumentBuilder().parse(in);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        String sku = request.getParameter("sku");
        String category = request.getParameter("category");
        try {
            Document doc = loadCatalog();
            XPath xpath = XPathFactory.newInstance().newXPath();

            // expect: xpathi
            String price = xpath.evaluate("/catalog/item[@sku='" + sku + "']/price", doc);

            // expect: xpathi
            XPathExpression expr = xpath.compile(String.format("//item[category='%s']/name", category));
            NodeList names = (NodeList) expr.evaluate(doc, XPathConstants.NODESET);

            XPath bound = XPathFactory.newInstance().newXPath();
            bound.setXPathVariableResolver((QName v) -> "sku".equals(v.getLocalPart()) ? sku : null);
            // safe: xpathi
            String stock = bound.evaluate("/catalog/item[@sku=$sku]/stock", doc);

            // safe: xpathi
            NodeList featured = (NodeList) xpath.evaluate("//item[@featured='true']", doc, XPathConstants.NODESET);

            response.getWriter().printf("%s %d %s %d%n", price.length(), names.getLength(), stock.length(), featured.getLength());
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        String path = request.getHeader("X-Item-Path");
        try {
            Document doc = loadCatalog();
            XPath xpath = XPathFactory.newInstance().newXPath();
            String query = "/catalog/" + path;
            // expect: xpathi
            Object node = xpath.compile(query).evaluate(doc, XPathConstants.NODE);
            response.getWriter().println(node != null);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
