// class: deserialization — Jackson default typing / @JsonTypeInfo(Id.CLASS), SnakeYAML load, Kryo without registration
package com.example.workflow;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import java.io.InputStream;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@Service
public class WorkflowImporter {

    // expect: deserialization
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = "@class")
    public abstract static class Step {}

    // safe: deserialization
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = EmailStep.class, name = "email")})
    public abstract static class NamedStep {}

    public static class EmailStep extends NamedStep {
        public String to;
    }

    public Object importLegacy(String json) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        // expect: deserialization
        mapper.enableDefaultTyping();
        return mapper.readValue(json, Object.class);
    }

    public Object importPolymorphic(String json) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        // expect: deserialization
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper.readValue(json, Object.class);
    }

    public Map<?, ?> importPlain(String json) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        // safe: deserialization
        return mapper.readValue(json, Map.class);
    }

    public Object importYaml(InputStream upload) {
        Yaml yaml = new Yaml();
        // expect: deserialization
        return yaml.load(upload);
    }

    public Map<String, Object> importYamlSafely(InputStream upload) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        // safe: deserialization
        return yaml.load(upload);
    }

    public Object importBinary(InputStream upload) {
        Kryo kryo = new Kryo();
        // expect: deserialization
        kryo.setRegistrationRequired(false);
        try (Input input = new Input(upload)) {
            return kryo.readClassAndObject(input);
        }
    }

    public EmailStep importBinaryRegistered(InputStream upload) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.register(EmailStep.class);
        try (Input input = new Input(upload)) {
            // safe: deserialization
            return kryo.readObject(input, EmailStep.class);
        }
    }
}
