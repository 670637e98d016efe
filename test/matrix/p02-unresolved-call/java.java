// p02 unresolved call: a call Warden cannot resolve yields a value of unknown origin, not a constant
package com.example.matrix;

import com.example.Helpers;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;

public class UnresolvedCall {
    public void runFromImportedHelper() throws Exception {
        // policy: origin-not-traced
        // expect: cmdi
        Runtime.getRuntime().exec(Helpers.getCmd());
    }

    public void runFromOtherHelper() throws Exception {
        // policy: origin-not-traced
        // expect: cmdi
        Runtime.getRuntime().exec(Tools.getCmd());
    }

    public void runBuiltFromHelper() throws Exception {
        String cmd = "tar czf " + Helpers.archiveName();
        // expect: cmdi
        Runtime.getRuntime().exec(cmd);
    }

    public void runTainted(HttpServletRequest request) throws Exception {
        // expect: cmdi
        Runtime.getRuntime().exec(Helpers.build(request.getParameter("x")));
    }

    private String localCmd() {
        return "ls -l";
    }

    public void runLocalConstant() throws Exception {
        // safe: cmdi
        Runtime.getRuntime().exec(localCmd());
    }

    public void runJoinedConstant() throws Exception {
        // safe: cmdi
        Runtime.getRuntime().exec(Paths.get("/opt/tools", "backup.sh").toString());
    }

    public void runCounted(java.util.List<String> items) throws Exception {
        // safe: cmdi
        Runtime.getRuntime().exec("echo " + String.valueOf(items.size()));
    }
}
