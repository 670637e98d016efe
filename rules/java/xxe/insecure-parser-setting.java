import java.io.InputStream;
import javax.xml.parsers.*;
import javax.xml.stream.*;
import org.w3c.dom.Document;

public class LegacyXmlConfig {

    public Document withDoctypes(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // expect: xxe
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        // expect: xxe
        return dbf.newDocumentBuilder().parse(body);
    }

    public void entitiesOn(InputStream body) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        // expect: xxe
        spf.setFeature("http://xml.org/sax/features/external-general-entities", true);
        // expect: xxe
        spf.newSAXParser().parse(body, new org.xml.sax.helpers.DefaultHandler());
    }

    public XMLStreamReader staxWithDtd(InputStream body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        // expect: xxe
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.TRUE);
        // expect: xxe
        return xif.createXMLStreamReader(body);
    }

    public Document xinclude(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // expect: xxe
        dbf.setXIncludeAware(true);
        return dbf.newDocumentBuilder().parse(body);
    }

    public Document hardened(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // safe: xxe
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // safe: xxe
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        // safe: xxe
        dbf.setXIncludeAware(false);
        // safe: xxe
        return dbf.newDocumentBuilder().parse(body);
    }

    public XMLStreamReader staxHardened(InputStream body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        // safe: xxe
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // safe: xxe
        xif.setProperty(XMLInputFactory.IS_COALESCING, true);
        return xif.createXMLStreamReader(body);
    }
}
