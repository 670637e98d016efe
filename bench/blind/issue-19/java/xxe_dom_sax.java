// class: xxe — DocumentBuilderFactory and SAXParserFactory: default (unsafe) vs DTD/external entities disabled
package com.example.integration;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;
import jakarta.servlet.http.HttpServletRequest;

@RestController
public class PartnerFeedController {

    @PostMapping("/feeds/orders")
    public int importOrders(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // expect: xxe
        Document doc = builder.parse(request.getInputStream());
        return doc.getElementsByTagName("order").getLength();
    }

    @PostMapping("/feeds/orders-safe")
    public int importOrdersSafe(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // safe: xxe
        Document doc = builder.parse(request.getInputStream());
        return doc.getElementsByTagName("order").getLength();
    }

    @PostMapping("/feeds/orders-attrs")
    public int importOrdersAttrs(MultipartFile file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream in = file.getInputStream()) {
            // safe: xxe
            return factory.newDocumentBuilder().parse(in).getElementsByTagName("order").getLength();
        }
    }

    @PostMapping("/feeds/stock")
    public void importStock(HttpServletRequest request) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        SAXParser parser = spf.newSAXParser();
        // expect: xxe
        parser.parse(request.getInputStream(), new DefaultHandler());
    }

    @PostMapping("/feeds/stock-safe")
    public void importStockSafe(HttpServletRequest request) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        spf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = spf.newSAXParser();
        // safe: xxe
        parser.parse(request.getInputStream(), new DefaultHandler());
    }

    @PostMapping("/feeds/prices")
    public int importPrices(HttpServletRequest request) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // expect: xxe
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(request.getInputStream()).getChildNodes().getLength();
    }
}
