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
        // expect: xxe
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes()));
        return doc.getDocumentElement().getTextContent();
    }

    @PostMapping("/sax")
    public void sax(InputStream body) throws Exception {
        // expect: xxe
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.newSAXParser().parse(body, new org.xml.sax.helpers.DefaultHandler());
    }

    @PostMapping("/stax")
    public void stax(InputStream body) throws Exception {
        // expect: xxe
        XMLInputFactory xif = XMLInputFactory.newFactory();
        XMLStreamReader reader = xif.createXMLStreamReader(body);
        while (reader.hasNext()) reader.next();
    }

    @PostMapping("/import2")
    public String importXmlSafely(@RequestBody String xml) throws Exception {
        // safe: xxe
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes()));
        return doc.getDocumentElement().getTextContent();
    }

    @PostMapping("/stax2")
    public void staxSafely(InputStream body) throws Exception {
        // safe: xxe
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.createXMLStreamReader(body);
    }

    public Transformer transformer() throws Exception {
        // safe: xxe
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf.newTransformer();
    }
}
