// class: sqli/path-traversal/cmdi — JAX-RS @QueryParam/@PathParam/@FormParam/@HeaderParam as sources
package com.example.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

@Path("/inventory")
public class InventoryResource {

    @Inject
    EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<?> search(@QueryParam("name") String name) {
        // expect: sqli
        return em.createNativeQuery("SELECT * FROM items WHERE name LIKE '%" + name + "%'").getResultList();
    }

    @GET
    @Path("/{warehouse}/items")
    public List<?> byWarehouse(@PathParam("warehouse") String warehouse) {
        // expect: sqli
        return em.createQuery("SELECT i FROM Item i WHERE i.warehouse = '" + warehouse + "'").getResultList();
    }

    @GET
    @Path("/{warehouse}/count")
    public Object count(@PathParam("warehouse") String warehouse) {
        // safe: sqli
        return em.createQuery("SELECT COUNT(i) FROM Item i WHERE i.warehouse = :w").setParameter("w", warehouse).getSingleResult();
    }

    @POST
    @Path("/labels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String printLabel(@FormParam("printer") String printer) throws IOException {
        // expect: cmdi
        Runtime.getRuntime().exec(new String[] {"sh", "-c", "lp -d " + printer + " /srv/labels/latest.pdf"});
        return "sent";
    }

    @GET
    @Path("/manual")
    @Produces("application/pdf")
    public byte[] manual(@HeaderParam("X-Manual-Lang") String lang) throws IOException {
        // expect: path-traversal
        return Files.readAllBytes(Paths.get("/srv/manuals", lang, "manual.pdf"));
    }
}
