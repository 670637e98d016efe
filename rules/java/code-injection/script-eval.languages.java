import java.lang.reflect.Method;
import javax.el.*;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.jexl3.*;
import org.mvel2.MVEL;
import org.springframework.web.bind.annotation.*;

@RestController
public class RulesController {
    private final JexlEngine jexl = new JexlBuilder().create();
    private final ExpressionFactory factory = ExpressionFactory.newInstance();

    @GetMapping("/mvel")
    public Object mvel(@RequestParam String rule) {
        // expect: code-injection
        return MVEL.eval(rule);
    }

    @GetMapping("/jexl")
    public Object jexl(@RequestParam String formula) {
        // expect: code-injection
        JexlExpression e = jexl.createExpression(formula);
        return e.evaluate(new MapContext());
    }

    public Object el(HttpServletRequest request, ELContext elContext) {
        String text = "${" + request.getParameter("expr") + "}";
        // expect: code-injection
        ValueExpression ve = factory.createValueExpression(elContext, text, Object.class);
        return ve.getValue(elContext);
    }

    public Object reflect(HttpServletRequest request, Object target) throws Exception {
        // expect: code-injection
        Method m = target.getClass().getMethod(request.getParameter("action"));
        return m.invoke(target);
    }

    @GetMapping("/mvel2")
    public Object mvelConstant(@RequestParam int quantity) {
        // safe: code-injection
        return MVEL.eval("quantity * 2", java.util.Map.of("quantity", quantity));
    }

    @GetMapping("/jexl2")
    public Object jexlConstant(@RequestParam String name) {
        JexlContext ctx = new MapContext();
        ctx.set("name", name);
        // safe: code-injection
        JexlExpression e = jexl.createExpression("name.length()");
        return e.evaluate(ctx);
    }

    public Object elConstant(ELContext elContext) {
        // safe: code-injection
        ValueExpression ve = factory.createValueExpression(elContext, "${user.name}", String.class);
        return ve.getValue(elContext);
    }

    public Object reflectConstant(Object target) throws Exception {
        // safe: code-injection
        Method m = target.getClass().getMethod("toString");
        return m.invoke(target);
    }
}
