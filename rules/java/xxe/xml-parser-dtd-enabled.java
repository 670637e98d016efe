import java.io.*;
import javax.xml.XMLConstants;
import javax.xml.parsers.*;
import javax.xml.stream.*;
import javax.xml.transform.*;
import javax.xml.validation.*;
import org.w3c.dom.Document;
import org.xml.sax.XMLReader;
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
        // expect: xxe
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

    public void validate(InputStream xsd, InputStream body) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // expect: xxe
        Schema schema = sf.newSchema(new javax.xml.transform.stream.StreamSource(xsd));
    }

    public void validateHardened(InputStream xsd) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // safe: xxe
        Schema schema = sf.newSchema(new javax.xml.transform.stream.StreamSource(xsd));
    }

    public void xmlReader(InputStream body) throws Exception {
        XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
        reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler());
        // expect: xxe
        reader.parse(new org.xml.sax.InputSource(body));
    }

    public org.jdom2.Document jdom(InputStream body) throws Exception {
        org.jdom2.input.SAXBuilder builder = new org.jdom2.input.SAXBuilder();
        // expect: xxe
        return builder.build(body);
    }

    public org.jdom2.Document jdomHardened(InputStream body) throws Exception {
        org.jdom2.input.SAXBuilder builder = new org.jdom2.input.SAXBuilder();
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // safe: xxe
        return builder.build(body);
    }

    public org.dom4j.Document dom4j(InputStream body) throws Exception {
        org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();
        // expect: xxe
        return reader.read(body);
    }

    public org.dom4j.Document dom4jHardened(InputStream body) throws Exception {
        org.dom4j.io.SAXReader reader = new org.dom4j.io.SAXReader();
        reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
        reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        // safe: xxe
        return reader.read(body);
    }

    public void xslt(InputStream stylesheet, InputStream body, OutputStream out) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        // expect: xxe
        Transformer t = tf.newTransformer(new javax.xml.transform.stream.StreamSource(stylesheet));
        t.transform(new javax.xml.transform.stream.StreamSource(body), new javax.xml.transform.stream.StreamResult(out));
    }

    public String pretty(String xml) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer t = tf.newTransformer();
        StringWriter out = new StringWriter();
        // expect: xxe
        t.transform(new javax.xml.transform.stream.StreamSource(new StringReader(xml)), new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }

    public void validateDocument(InputStream body) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = sf.newSchema(new File("/etc/app/order.xsd"));
        Validator validator = schema.newValidator();
        // expect: xxe
        validator.validate(new javax.xml.transform.stream.StreamSource(body));
    }

    public void validateDocumentHardened(InputStream body) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = sf.newSchema(new File("/etc/app/order.xsd"));
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // safe: xxe
        validator.validate(new javax.xml.transform.stream.StreamSource(body));
    }
}
