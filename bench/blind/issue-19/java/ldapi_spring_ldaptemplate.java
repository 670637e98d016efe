// class: ldapi — Spring LdapTemplate filters built from controller parameters vs LdapQueryBuilder/encoder
package com.example.directory;

import static org.springframework.ldap.query.LdapQueryBuilder.query;

import java.util.List;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.filter.AndFilter;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PeopleSearchController {

    private final LdapTemplate ldapTemplate;

    public PeopleSearchController(LdapTemplate ldapTemplate) {
        this.ldapTemplate = ldapTemplate;
    }

    private final AttributesMapper<String> cnMapper = attrs -> (String) attrs.get("cn").get();

    @GetMapping("/people/search")
    public List<String> search(@RequestParam String name) {
        // expect: ldapi
        return ldapTemplate.search("ou=people", "(cn=" + name + "*)", cnMapper);
    }

    @GetMapping("/people/by-query")
    public List<String> byQuery(@RequestParam("q") String q) {
        // safe: ldapi
        return ldapTemplate.search(query().base("ou=people").where("cn").like(q), cnMapper);
    }

    @GetMapping("/people/{uid}")
    public List<String> byUid(@PathVariable String uid) {
        AndFilter filter = new AndFilter();
        filter.and(new EqualsFilter("objectclass", "person"));
        filter.and(new EqualsFilter("uid", uid));
        // safe: ldapi
        return ldapTemplate.search("ou=people", filter.encode(), cnMapper);
    }

    @GetMapping("/people/team")
    public List<String> team(@RequestParam String team) {
        String filter = "(&(objectClass=person)(ou=" + team + "))";
        // expect: ldapi
        return ldapTemplate.search(query().base("ou=people").filter(filter), cnMapper);
    }

    @GetMapping("/people/encoded")
    public List<String> encoded(@RequestParam String mail) {
        String filter = "(mail=" + LdapEncoder.filterEncode(mail) + ")";
        // safe: ldapi
        return ldapTemplate.search("ou=people", filter, cnMapper);
    }

    @GetMapping("/people/authenticate")
    public boolean authenticate(@RequestParam String uid, @RequestParam String password) {
        // expect: ldapi
        return ldapTemplate.authenticate("ou=people", "(uid=" + uid + ")", password);
    }
}
