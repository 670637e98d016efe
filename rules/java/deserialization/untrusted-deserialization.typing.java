import com.esotericsoftware.kryo.Kryo;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.lang3.SerializationUtils;

public class MessageCodec {

    // expect: deserialization
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@class")
    public Object payload;

    // safe: deserialization
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    public Object event;

    public Object decode(HttpServletRequest request) throws Exception {
        byte[] body = request.getInputStream().readAllBytes();
        // expect: deserialization
        return SerializationUtils.deserialize(body);
    }

    public byte[] encode(java.io.Serializable value) {
        // safe: deserialization
        return SerializationUtils.serialize(value);
    }

    public Kryo kryo() {
        Kryo kryo = new Kryo();
        // expect: deserialization
        kryo.setRegistrationRequired(false);
        return kryo;
    }

    public Kryo kryoRegistered() {
        Kryo kryo = new Kryo();
        // safe: deserialization
        kryo.setRegistrationRequired(true);
        kryo.register(MessageCodec.class);
        return kryo;
    }

    public Object anyType(String json) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        // expect: deserialization
        mapper.activateDefaultTyping(mapper.getPolymorphicTypeValidator(), com.fasterxml.jackson.databind.ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper.readValue(json, Object.class);
    }

    public Object allowListedTypes(String json) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator ptv =
            com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder().allowIfSubType("com.acme.events.").build();
        // safe: deserialization
        mapper.activateDefaultTyping(ptv, com.fasterxml.jackson.databind.ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper.readValue(json, Object.class);
    }

    public Object safeYaml(String text) {
        // safe: deserialization
        return new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(text);
    }

    public Object yamlBeside(String text) {
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml();
        // expect: deserialization
        return yaml.load(text);
    }
}
