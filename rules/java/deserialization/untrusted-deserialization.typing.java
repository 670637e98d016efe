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
}
