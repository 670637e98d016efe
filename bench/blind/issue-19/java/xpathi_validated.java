// class: xpathi — XPath built from a Spring parameter vs numeric / allow-listed values and constant expressions
package com.example.config;

import java.util.Set;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
public class FeatureFlagController {

    private static final Set<String> ENVIRONMENTS = Set.of("dev", "staging", "prod");

    private final Document flags;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    public FeatureFlagController(Document flags) {
        this.flags = flags;
    }

    @GetMapping("/flags/owner")
    public String owner(@RequestParam String flag) throws Exception {
        // expect: xpathi
        return xpath.evaluate("/flags/flag[@name='" + flag + "']/@owner", flags);
    }

    @GetMapping("/flags/env")
    public int byEnvironment(@RequestParam String env) throws Exception {
        if (!ENVIRONMENTS.contains(env)) {
            throw new IllegalArgumentException("unknown environment");
        }
        // safe: xpathi
        NodeList nodes = (NodeList) xpath.evaluate("/flags/flag[@env='" + env + "']", flags, XPathConstants.NODESET);
        return nodes.getLength();
    }

    @GetMapping("/flags/nth")
    public String nth(@RequestParam int index) throws Exception {
        // safe: xpathi
        return xpath.evaluate("/flags/flag[" + index + "]/@name", flags);
    }

    @GetMapping("/flags/user")
    public String forUser(@RequestParam String user) throws Exception {
        String expression = "count(/flags/flag[users/user='" + user + "'])";
        // expect: xpathi
        return xpath.compile(expression).evaluate(flags);
    }
}
