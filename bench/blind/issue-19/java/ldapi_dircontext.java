// class: ldapi — JNDI DirContext/InitialDirContext searches with filters built from request data
package com.example.directory;

import java.io.IOException;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DirectoryLookupServlet extends HttpServlet {

    private static final String BASE_DN = "ou=people,dc=example,dc=com";

    private DirContext connect() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ldap.example.com:636");
        return new InitialDirContext(env);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        try {
            DirContext ctx = connect();
            String filter = "(&(objectClass=person)(uid=" + user + "))";
            // expect: ldapi
            NamingEnumeration<SearchResult> results = ctx.search(BASE_DN, filter, controls);
            resp.getWriter().println(results.hasMore() ? "found" : "none");

            // safe: ldapi
            NamingEnumeration<SearchResult> byArgs = ctx.search(BASE_DN, "(&(objectClass=person)(uid={0}))", new Object[] {user}, controls);
            resp.getWriter().println(byArgs.hasMore() ? "found" : "none");
        } catch (NamingException e) {
            resp.sendError(500);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String mail = req.getParameter("mail");
        String dept = req.getParameter("dept");
        try {
            InitialDirContext ctx = new InitialDirContext();
            // expect: ldapi
            NamingEnumeration<SearchResult> r = ctx.search("dc=example,dc=com", String.format("(mail=%s)", mail), new SearchControls());
            resp.getWriter().println(r.hasMore());

            // expect: ldapi
            NamingEnumeration<SearchResult> members = ctx.search("ou=" + dept + ",dc=example,dc=com", "(objectClass=person)", new SearchControls());
            resp.getWriter().println(members.hasMore());

            // safe: ldapi
            NamingEnumeration<SearchResult> admins = ctx.search(BASE_DN, "(memberOf=cn=admins,ou=groups,dc=example,dc=com)", new SearchControls());
            resp.getWriter().println(admins.hasMore());
        } catch (NamingException e) {
            resp.sendError(500);
        }
    }
}
