// class: deserialization — ObjectInputStream readObject/readUnshared, XMLDecoder, XStream fromXML, SerializationUtils.deserialize
package com.example.cart;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.NoTypePermission;
import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.lang3.SerializationUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CartRestoreController {

    public static class Cart implements java.io.Serializable {
        public java.util.List<String> items = new java.util.ArrayList<>();
    }

    @PostMapping("/cart/restore")
    public Object restore(HttpServletRequest request) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            // expect: deserialization
            return in.readObject();
        }
    }

    @PostMapping("/cart/restore-cookie")
    public Object restoreCookie(@CookieValue("cart") String cart) throws IOException, ClassNotFoundException {
        byte[] raw = Base64.getDecoder().decode(cart);
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw));
        // expect: deserialization
        return in.readUnshared();
    }

    @PostMapping("/cart/restore-filtered")
    public Object restoreFiltered(HttpServletRequest request) throws IOException, ClassNotFoundException {
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.cart.CartRestoreController$Cart;java.util.*;!*"));
        // safe: deserialization
        return in.readObject();
    }

    @PostMapping("/cart/import-beans")
    public Object importBeans(HttpServletRequest request) throws IOException {
        try (XMLDecoder decoder = new XMLDecoder(request.getInputStream())) {
            // expect: deserialization
            return decoder.readObject();
        }
    }

    @PostMapping("/cart/xstream")
    public Object xstream(@RequestBody String xml) {
        XStream xs = new XStream();
        // expect: deserialization
        return xs.fromXML(xml);
    }

    @PostMapping("/cart/xstream-allowlist")
    public Cart xstreamAllowlist(@RequestBody String xml) {
        XStream xs = new XStream();
        xs.addPermission(NoTypePermission.NONE);
        xs.allowTypes(new Class<?>[] {Cart.class});
        // safe: deserialization
        return (Cart) xs.fromXML(xml);
    }

    @PostMapping("/cart/commons")
    public Cart commons(@RequestBody byte[] body) {
        // expect: deserialization
        return SerializationUtils.deserialize(body);
    }

    @PostMapping("/cart/json")
    public Cart json(@RequestBody String body) throws IOException {
        // safe: deserialization
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, Cart.class);
    }
}
