import javax.script.*;
import org.springframework.expression.*;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.*;

@RestController
public class CalculatorController {
    private final ExpressionParser parser = new SpelExpressionParser();
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    @GetMapping("/calc")
    public Object calc(@RequestParam String expression) throws ScriptException {
        // expect: code-injection
        return engine.eval(expression);
    }

    @GetMapping("/spel")
    public Object spel(@RequestParam("q") String q) {
        // expect: code-injection
        Expression expr = parser.parseExpression(q);
        return expr.getValue();
    }

    @PostMapping("/rule")
    public Object rule(@RequestBody String body) throws ScriptException {
        ScriptEngine js = new ScriptEngineManager().getEngineByName("nashorn");
        String script = "var result = " + body + "; result;";
        // expect: code-injection
        return js.eval(script);
    }

    @GetMapping("/polyglot")
    public Object polyglot(@RequestParam String code) {
        try (org.graalvm.polyglot.Context context = org.graalvm.polyglot.Context.create("js")) {
            // todo-expect: code-injection
            return context.eval("js", code).toString();
        }
    }

    @GetMapping("/price")
    public Object price(@RequestParam double price, @RequestParam int quantity) {
        // safe: code-injection
        Expression expr = parser.parseExpression("#price * #quantity");
        EvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        ctx.setVariable("price", price);
        ctx.setVariable("quantity", quantity);
        // safe: code-injection
        return expr.getValue(ctx);
    }

    public Object constantScript() throws ScriptException {
        // safe: code-injection
        return engine.eval("1 + 2");
    }

    @GetMapping("/bound")
    public Object bound(@RequestParam String name) throws ScriptException {
        Bindings bindings = engine.createBindings();
        bindings.put("name", name);
        // safe: code-injection
        return engine.eval("'Hello, ' + name", bindings);
    }
}
