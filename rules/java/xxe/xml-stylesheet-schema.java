import java.io.*;
import javax.xml.XMLConstants;
import javax.xml.transform.*;
import javax.xml.transform.stream.*;
import javax.xml.validation.*;

public class ReportRenderer {

    public Templates compile(InputStream stylesheet) throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        // expect: xxe
        return factory.newTemplates(new StreamSource(stylesheet));
    }

    public Schema load(Reader xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setErrorHandler(null);
        // expect: xxe
        return factory.newSchema(new StreamSource(xsd));
    }

    public Transformer stylesheet(String xslt) throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        // expect: xxe
        return factory.newTransformer(new StreamSource(new StringReader(xslt)));
    }

    public Templates compileHardened(InputStream stylesheet) throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        // safe: xxe
        return factory.newTemplates(new StreamSource(stylesheet));
    }

    public Schema loadHardened(Reader xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // safe: xxe
        return factory.newSchema(new StreamSource(xsd));
    }

    public Transformer identity() throws Exception {
        TransformerFactory factory = TransformerFactory.newInstance();
        // safe: xxe
        return factory.newTransformer();
    }
}
