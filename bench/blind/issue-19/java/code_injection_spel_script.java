// class: code-injection — SpEL parseExpression, ScriptEngine.eval, GroovyShell with request data vs constant expressions with variables
package com.example.rules;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PricingRuleController {

    public record Order(double total, String country) {}

    private final ExpressionParser parser = new SpelExpressionParser();
    private final ScriptEngine js = new ScriptEngineManager().getEngineByName("javascript");

    @PostMapping("/rules/evaluate")
    public Object evaluate(@RequestParam String rule, @RequestBody Order order) {
        // expect: code-injection
        Expression expression = parser.parseExpression(rule);
        return expression.getValue(new StandardEvaluationContext(order));
    }

    @PostMapping("/rules/discount")
    public Object discount(@RequestParam String percent, @RequestBody Order order) {
        // expect: code-injection
        return parser.parseExpression("total * (1 - " + percent + " / 100.0)").getValue(order);
    }

    @PostMapping("/rules/discount-safe")
    public Object discountSafe(@RequestParam double percent, @RequestBody Order order) {
        StandardEvaluationContext ctx = new StandardEvaluationContext(order);
        ctx.setVariable("percent", percent);
        // safe: code-injection
        return parser.parseExpression("total * (1 - #percent / 100.0)").getValue(ctx);
    }

    @PostMapping("/rules/script")
    public Object script(@RequestBody String formula) throws Exception {
        // expect: code-injection
        return js.eval(formula);
    }

    @PostMapping("/rules/script-bound")
    public Object scriptBound(@RequestParam String amount) throws Exception {
        Bindings bindings = js.createBindings();
        bindings.put("amount", amount);
        // safe: code-injection
        return js.eval("Number(amount) * 1.2", bindings);
    }

    @PostMapping("/rules/groovy")
    public Object groovy(@RequestParam String condition, @RequestBody Order order) {
        Binding binding = new Binding();
        binding.setVariable("order", order);
        GroovyShell shell = new GroovyShell(binding);
        // expect: code-injection
        return shell.evaluate("return " + condition);
    }

    @PostMapping("/rules/groovy-fixed")
    public Object groovyFixed(@RequestParam String country, @RequestBody Order order) {
        Binding binding = new Binding();
        binding.setVariable("country", country);
        GroovyShell shell = new GroovyShell(binding);
        // safe: code-injection
        return shell.evaluate("return country in ['DE', 'FR', 'IT']");
    }
}
