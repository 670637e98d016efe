import java.beans.XMLDecoder;
import java.io.*;
import java.net.Socket;
import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;
import org.yaml.snakeyaml.Yaml;

@RestController
public class ImportController {

    @PostMapping("/import")
    public Object importData(HttpServletRequest request) throws Exception {
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        // expect: deserialization
        return in.readObject();
    }

    @PostMapping("/session")
    public Object restore(@RequestBody byte[] body) throws Exception {
        // expect: deserialization
        return new ObjectInputStream(new ByteArrayInputStream(body)).readObject();
    }

    @PostMapping("/beans")
    public Object beans(HttpServletRequest request) throws Exception {
        XMLDecoder decoder = new XMLDecoder(request.getInputStream());
        // expect: deserialization
        return decoder.readObject();
    }

    @PostMapping("/config")
    public Object config(@RequestBody String yamlText) {
        Yaml yaml = new Yaml();
        // expect: deserialization
        return yaml.load(yamlText);
    }

    public Object fromPeer(Socket socket) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(socket.getInputStream())) {
            // expect: deserialization
            return in.readObject();
        }
    }

    public Object loadDefaults() throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new FileInputStream("/opt/app/defaults.ser"))) {
            // safe: deserialization
            return in.readObject();
        }
    }

    @PostMapping("/filtered")
    public Object filtered(HttpServletRequest request) throws Exception {
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"));
        // safe: deserialization
        return in.readObject();
    }

    public Object readConfig() {
        // safe: deserialization
        return new Yaml().load("retries: 3");
    }

    @PostMapping("/legacy-xml")
    public Object legacyXml(@RequestBody String xml) {
        com.thoughtworks.xstream.XStream xstream = new com.thoughtworks.xstream.XStream();
        // expect: deserialization
        return xstream.fromXML(xml);
    }

    public com.fasterxml.jackson.databind.ObjectMapper mapper() {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        // expect: deserialization
        mapper.enableDefaultTyping();
        return mapper;
    }

    private static class Settings implements Serializable {
        private transient Object cache;

        private void readObject(ObjectInputStream stream) throws IOException, ClassNotFoundException {
            stream.defaultReadObject();
            // safe: deserialization
            cache = stream.readObject();
        }
    }
}
