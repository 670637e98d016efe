import java.io.InputStream;
import javax.xml.bind.*;
import javax.xml.stream.*;
import javax.xml.transform.stream.StreamSource;
import org.springframework.web.bind.annotation.*;

@RestController
public class OrderImportController {
    private final JAXBContext context;

    OrderImportController() throws JAXBException {
        this.context = JAXBContext.newInstance(Order.class);
    }

    @PostMapping("/orders")
    public Order importOrder(InputStream body) throws Exception {
        Unmarshaller unmarshaller = context.createUnmarshaller();
        // expect: xxe
        return (Order) unmarshaller.unmarshal(body);
    }

    @PostMapping("/orders2")
    public Order importOrderSource(InputStream body) throws Exception {
        // expect: xxe
        return context.createUnmarshaller().unmarshal(new StreamSource(body), Order.class).getValue();
    }

    public Order fromFile(java.io.File file) throws Exception {
        // expect: xxe
        return (Order) JAXBContext.newInstance(Order.class).createUnmarshaller().unmarshal(file);
    }

    @PostMapping("/orders3")
    public Order importOrderHardened(InputStream body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = xif.createXMLStreamReader(body);
        // safe: xxe
        return (Order) context.createUnmarshaller().unmarshal(reader);
    }

    public Order fromTree(org.w3c.dom.Node node) throws Exception {
        // safe: xxe
        return (Order) context.createUnmarshaller().unmarshal(node);
    }

    public Order fromStreamReader(XMLStreamReader streamReader) throws Exception {
        // safe: xxe
        return context.createUnmarshaller().unmarshal(streamReader, Order.class).getValue();
    }

    static class Order {}
}
