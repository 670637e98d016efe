import java.io.*;
import javax.xml.XMLConstants;
import javax.xml.parsers.*;
import javax.xml.stream.*;
import javax.xml.transform.*;
import org.w3c.dom.Document;
import org.springframework.web.bind.annotation.*;

@RestController
public class XmlImportController {

    @PostMapping("/import")
    public String importXml(@RequestBody String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = factory.newDocumentBuilder();
        // expect: xxe
        Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes()));
        return doc.getDocumentElement().getTextContent();
    }

    @PostMapping("/sax")
    public void sax(InputStream body) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        // expect: xxe
        spf.newSAXParser().parse(body, new org.xml.sax.helpers.DefaultHandler());
    }

    @PostMapping("/stax")
    public void stax(InputStream body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        // expect: xxe
        XMLStreamReader reader = xif.createXMLStreamReader(body);
        while (reader.hasNext()) reader.next();
    }

    @PostMapping("/import2")
    public String importXmlSafely(@RequestBody String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        // safe: xxe
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes()));
        return doc.getDocumentElement().getTextContent();
    }

    @PostMapping("/stax2")
    public void staxSafely(InputStream body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // safe: xxe
        xif.createXMLStreamReader(body);
    }

    public Transformer transformer() throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        // safe: xxe
        return tf.newTransformer();
    }

    public Document configuredTooLate(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        // expect: xxe
        Document doc = db.parse(body);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return doc;
    }

    public Document otherFactoryConfigured(InputStream body) throws Exception {
        DocumentBuilderFactory hardened = DocumentBuilderFactory.newInstance();
        hardened.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilderFactory plain = DocumentBuilderFactory.newInstance();
        // expect: xxe
        return plain.newDocumentBuilder().parse(body);
    }

    public Document featureLeftOn(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        // expect: xxe
        return dbf.newDocumentBuilder().parse(body);
    }

    public DocumentBuilderFactory factoryForCallers() {
        // expect: xxe
        return DocumentBuilderFactory.newInstance();
    }

    public Document chained(InputStream body) throws Exception {
        // safe: xxe
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // safe: xxe
        spf.newSAXParser().getXMLReader().parse(new org.xml.sax.InputSource(body));
        return null;
    }
}
