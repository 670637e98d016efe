// class: code-injection — OGNL, MVEL, JEXL, EL createValueExpression and reflection with request-controlled names
package com.example.templating;

import jakarta.el.ELContext;
import jakarta.el.ELProcessor;
import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import ognl.Ognl;
import ognl.OgnlContext;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;
import org.mvel2.MVEL;

public class ExpressionPreviewServlet extends HttpServlet {

    private static final Map<String, Class<?>> EXPORTERS = Map.of(
            "csv", com.example.templating.CsvExporter.class,
            "json", com.example.templating.JsonExporter.class);

    private final JexlEngine jexl = new JexlBuilder().create();
    private final ExpressionFactory elFactory = ExpressionFactory.newInstance();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        String expr = req.getParameter("expr");
        Map<String, Object> root = new HashMap<>();
        root.put("user", req.getRemoteUser());
        try {
            OgnlContext context = (OgnlContext) Ognl.createDefaultContext(root);
            // expect: code-injection
            Object ognlValue = Ognl.getValue(expr, context, root);

            // expect: code-injection
            Object mvelValue = MVEL.eval(expr, root);

            // expect: code-injection
            JexlExpression jexlExpr = jexl.createExpression(expr);
            Object jexlValue = jexlExpr.evaluate(new MapContext(root));

            // safe: code-injection
            Object fixed = jexl.createExpression("user.length()").evaluate(new MapContext(root));

            ELContext elContext = new ELProcessor().getELManager().getELContext();
            // expect: code-injection
            ValueExpression ve = elFactory.createValueExpression(elContext, "${" + expr + "}", Object.class);

            resp.getWriter().println(String.valueOf(ognlValue) + mvelValue + jexlValue + fixed + ve.getValue(elContext));
        } catch (Exception e) {
            resp.sendError(400);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        String className = req.getParameter("exporter");
        String action = req.getParameter("action");
        try {
            // expect: code-injection
            Object exporter = Class.forName(className).getDeclaredConstructor().newInstance();
            // expect: code-injection
            Method m = exporter.getClass().getMethod(action);
            resp.getWriter().println(m.invoke(exporter));

            Class<?> known = EXPORTERS.get(req.getParameter("format"));
            if (known != null) {
                // safe: code-injection
                Object chosen = known.getDeclaredConstructor().newInstance();
                resp.getWriter().println(chosen);
            }
        } catch (ReflectiveOperationException e) {
            resp.sendError(400);
        }
    }
}
