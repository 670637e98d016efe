import javax.servlet.http.*;
import javax.xml.namespace.QName;
import javax.xml.xpath.*;
import org.dom4j.Node;
import org.springframework.web.bind.annotation.*;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@RestController
public class CatalogueController {
    private final Document catalogue;
    private final org.dom4j.Document users;

    CatalogueController(Document catalogue, org.dom4j.Document users) {
        this.catalogue = catalogue;
        this.users = users;
    }

    @GetMapping("/books")
    public NodeList byAuthor(@RequestParam String author) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/catalogue/book[author='" + author + "']";
        // expect: xpathi
        return (NodeList) xpath.evaluate(expression, catalogue, XPathConstants.NODESET);
    }

    public boolean checkLogin(HttpServletRequest request) throws Exception {
        String user = request.getParameter("user");
        String pass = request.getParameter("pass");
        XPath xpath = XPathFactory.newInstance().newXPath();
        // expect: xpathi
        XPathExpression expr = xpath.compile("//user[name/text()='" + user + "' and password/text()='" + pass + "']");
        return (Boolean) expr.evaluate(catalogue, XPathConstants.BOOLEAN);
    }

    @GetMapping("/users/{id}")
    public String userName(@PathVariable String id) {
        // expect: xpathi
        Node node = users.selectSingleNode(String.format("//user[@id='%s']/name", id));
        return node == null ? null : node.getText();
    }

    @GetMapping("/books2")
    public NodeList byAuthorBound(@RequestParam String author) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver((QName v) -> "author".equals(v.getLocalPart()) ? author : null);
        // safe: xpathi
        return (NodeList) xpath.evaluate("/catalogue/book[author=$author]", catalogue, XPathConstants.NODESET);
    }

    @GetMapping("/books3")
    public String titleByIndex(@RequestParam String index) throws Exception {
        int position = Integer.parseInt(index);
        XPath xpath = XPathFactory.newInstance().newXPath();
        // safe: xpathi
        return xpath.evaluate("/catalogue/book[" + position + "]/title", catalogue);
    }

    public String count() throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // safe: xpathi
        return xpath.evaluate("count(/catalogue/book)", catalogue);
    }

    @GetMapping("/users2/{id}")
    public String userNameConstantQuery(@PathVariable String id) {
        // safe: xpathi
        Node node = users.selectSingleNode("//user[@role='admin']/name");
        return node == null ? id : node.getText();
    }
}
