// class: xxe — XMLInputFactory, TransformerFactory, SchemaFactory/Validator: default vs secured
package com.example.integration;

import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.springframework.stereotype.Service;

@Service
public class InvoiceXmlService {

    public int countLines(InputStream upload) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        // expect: xxe
        XMLStreamReader reader = xif.createXMLStreamReader(upload);
        int lines = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT && "line".equals(reader.getLocalName())) {
                lines++;
            }
        }
        return lines;
    }

    public int countLinesSafely(InputStream upload) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // safe: xxe
        XMLStreamReader reader = xif.createXMLStreamReader(upload);
        int lines = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT) {
                lines++;
            }
        }
        return lines;
    }

    public String toHtml(InputStream upload, InputStream stylesheet) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer transformer = tf.newTransformer(new StreamSource(stylesheet));
        StringWriter out = new StringWriter();
        // expect: xxe
        transformer.transform(new StreamSource(upload), new StreamResult(out));
        return out.toString();
    }

    public String toHtmlSafely(InputStream upload, InputStream stylesheet) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = tf.newTransformer(new StreamSource(stylesheet));
        StringWriter out = new StringWriter();
        // safe: xxe
        transformer.transform(new StreamSource(upload), new StreamResult(out));
        return out.toString();
    }

    public void validate(InputStream upload, InputStream xsd) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = sf.newSchema(new StreamSource(xsd));
        Validator validator = schema.newValidator();
        // expect: xxe
        validator.validate(new StreamSource(upload));
    }

    public void validateSafely(InputStream upload, InputStream xsd) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = sf.newSchema(new StreamSource(xsd));
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // safe: xxe
        validator.validate(new StreamSource(upload));
    }
}
