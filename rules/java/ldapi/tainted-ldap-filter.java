import java.util.*;
import javax.naming.NamingEnumeration;
import javax.naming.directory.*;
import javax.naming.ldap.Rdn;
import javax.servlet.http.*;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.*;
import static org.springframework.ldap.query.LdapQueryBuilder.query;

@RestController
public class DirectoryController {
    private final LdapTemplate ldapTemplate;
    private final DirContext ctx;

    DirectoryController(LdapTemplate ldapTemplate, DirContext ctx) {
        this.ldapTemplate = ldapTemplate;
        this.ctx = ctx;
    }

    @GetMapping("/people")
    public List<String> findPeople(@RequestParam String name) throws Exception {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        String filter = "(&(objectClass=person)(cn=" + name + "))";
        // expect: ldapi
        NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=example,dc=com", filter, controls);
        List<String> names = new ArrayList<>();
        while (results.hasMore()) names.add(results.next().getNameInNamespace());
        return names;
    }

    public boolean login(HttpServletRequest request) throws Exception {
        String user = request.getParameter("user");
        String password = request.getParameter("password");
        // expect: ldapi
        return ldapTemplate.authenticate("ou=people", "(uid=" + user + ")", password);
    }

    @GetMapping("/mail")
    public List<String> byMail(@RequestParam("mail") String mail) {
        // expect: ldapi
        return ldapTemplate.search("ou=people", String.format("(mail=%s)", mail), (Attributes a) -> a.get("cn").get().toString());
    }

    @GetMapping("/entry")
    public Attributes entry(@RequestParam String uid) throws Exception {
        DirContext dir = new InitialDirContext(new Hashtable<>());
        // expect: ldapi
        return dir.getAttributes("uid=" + uid + ",ou=people,dc=example,dc=com");
    }

    @GetMapping("/people2")
    public NamingEnumeration<SearchResult> findWithArguments(@RequestParam String name) throws Exception {
        SearchControls controls = new SearchControls();
        // safe: ldapi
        return ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(cn={0}))", new Object[] {name}, controls);
    }

    @GetMapping("/people3")
    public List<String> findWithBuilder(@RequestParam String name) {
        // safe: ldapi
        return ldapTemplate.search(query().where("cn").is(name), (Attributes a) -> a.get("cn").get().toString());
    }

    public boolean loginEncoded(HttpServletRequest request) {
        String user = request.getParameter("user");
        // safe: ldapi
        return ldapTemplate.authenticate("ou=people", "(uid=" + LdapEncoder.filterEncode(user) + ")", request.getParameter("password"));
    }

    public boolean loginWithEqualsFilter(HttpServletRequest request) {
        EqualsFilter filter = new EqualsFilter("uid", request.getParameter("user"));
        // safe: ldapi
        return ldapTemplate.authenticate("ou=people", filter.encode(), request.getParameter("password"));
    }

    @GetMapping("/entry2")
    public Attributes entryEscaped(@RequestParam String uid) throws Exception {
        // safe: ldapi
        return ctx.getAttributes("uid=" + Rdn.escapeValue(uid) + ",ou=people,dc=example,dc=com");
    }

    public NamingEnumeration<SearchResult> groups() throws Exception {
        // safe: ldapi
        return ctx.search("ou=groups,dc=example,dc=com", "(objectClass=groupOfNames)", new SearchControls());
    }

    public DirContext bindAs(HttpServletRequest request) throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        // expect: ldapi
        env.put(javax.naming.Context.SECURITY_PRINCIPAL, "uid=" + request.getParameter("user") + ",ou=people,dc=acme,dc=com");
        env.put(javax.naming.Context.SECURITY_CREDENTIALS, request.getParameter("password"));
        return new InitialDirContext(env);
    }

    public DirContext bindEscaped(HttpServletRequest request) throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        // safe: ldapi
        env.put(javax.naming.Context.SECURITY_PRINCIPAL, "uid=" + Rdn.escapeValue(request.getParameter("user")) + ",ou=people,dc=acme,dc=com");
        env.put(javax.naming.Context.SECURITY_CREDENTIALS, request.getParameter("password"));
        return new InitialDirContext(env);
    }
}
