// class: xxe — XMLReader, JDOM SAXBuilder, dom4j SAXReader, JAXB Unmarshaller: default vs secured
package com.example.sync;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.dom4j.io.SAXReader;
import org.jdom2.Document;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

@RestController
public class SyncController {

    public static class Shipment {
        public String id;
    }

    @PostMapping(value = "/sync/raw", consumes = "application/xml")
    public void raw(InputStream body) throws Exception {
        XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
        reader.setContentHandler(new DefaultHandler());
        // expect: xxe
        reader.parse(new InputSource(body));
    }

    @PostMapping(value = "/sync/raw-safe", consumes = "application/xml")
    public void rawSafe(InputStream body) throws Exception {
        XMLReader reader = SAXParserFactory.newInstance().newSAXParser().getXMLReader();
        reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        reader.setContentHandler(new DefaultHandler());
        // safe: xxe
        reader.parse(new InputSource(body));
    }

    @PostMapping(value = "/sync/jdom", consumes = "application/xml")
    public String jdom(InputStream body) throws Exception {
        SAXBuilder builder = new SAXBuilder();
        // expect: xxe
        Document doc = builder.build(body);
        return doc.getRootElement().getName();
    }

    @PostMapping(value = "/sync/jdom-safe", consumes = "application/xml")
    public String jdomSafe(InputStream body) throws Exception {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        // safe: xxe
        Document doc = builder.build(body);
        return doc.getRootElement().getName();
    }

    @PostMapping(value = "/sync/dom4j", consumes = "application/xml")
    public String dom4j(InputStream body) throws Exception {
        SAXReader reader = new SAXReader();
        // expect: xxe
        return reader.read(body).getRootElement().getName();
    }

    @PostMapping(value = "/sync/dom4j-safe", consumes = "application/xml")
    public String dom4jSafe(InputStream body) throws Exception {
        SAXReader reader = new SAXReader();
        reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
        // safe: xxe
        return reader.read(body).getRootElement().getName();
    }

    @PostMapping(value = "/sync/shipment", consumes = "application/xml")
    public String shipment(InputStream body) throws Exception {
        Unmarshaller unmarshaller = JAXBContext.newInstance(Shipment.class).createUnmarshaller();
        // expect: xxe
        Shipment s = (Shipment) unmarshaller.unmarshal(body);
        return s.id;
    }

    @PostMapping(value = "/sync/shipment-safe", consumes = "application/xml")
    public String shipmentSafe(InputStream body) throws Exception {
        Unmarshaller unmarshaller = JAXBContext.newInstance(Shipment.class).createUnmarshaller();
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xsr = xif.createXMLStreamReader(body);
        // safe: xxe
        Shipment s = (Shipment) unmarshaller.unmarshal(xsr);
        return s.id;
    }
}
