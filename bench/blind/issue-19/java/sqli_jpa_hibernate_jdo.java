// class: sqli — JPA createQuery/createNativeQuery, Hibernate createSQLQuery, JDO newQuery with built text
package com.example.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import javax.jdo.PersistenceManager;
import javax.jdo.Query;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductSearchController {

    @PersistenceContext
    private EntityManager entityManager;

    private SessionFactory sessionFactory;
    private PersistenceManager persistenceManager;

    @GetMapping("/products/by-brand")
    public List<?> byBrand(@RequestParam String brand) {
        String jpql = "SELECT p FROM Product p WHERE p.brand = '" + brand + "'";
        // expect: sqli
        return entityManager.createQuery(jpql).getResultList();
    }

    @GetMapping("/products/by-brand-safe")
    public List<?> byBrandSafe(@RequestParam String brand) {
        // safe: sqli
        return entityManager.createQuery("SELECT p FROM Product p WHERE p.brand = :brand").setParameter("brand", brand).getResultList();
    }

    @GetMapping("/products/native")
    public List<?> nativeSearch(@RequestParam String sku) {
        // expect: sqli
        return entityManager.createNativeQuery(String.format("SELECT * FROM product WHERE sku LIKE '%s%%'", sku)).getResultList();
    }

    @GetMapping("/products/native-safe")
    public List<?> nativeSafe(@RequestParam String sku) {
        // safe: sqli
        return entityManager.createNativeQuery("SELECT * FROM product WHERE sku LIKE ?1").setParameter(1, sku + "%").getResultList();
    }

    @SuppressWarnings("deprecation")
    @GetMapping("/products/legacy")
    public List<?> legacy(@RequestParam String category) {
        Session session = sessionFactory.getCurrentSession();
        // expect: sqli
        return session.createSQLQuery("SELECT * FROM product WHERE category = '" + category + "'").list();
    }

    @GetMapping("/products/hql")
    public List<?> hql(@RequestParam String order) {
        Session session = sessionFactory.getCurrentSession();
        // expect: sqli
        return session.createQuery("FROM Product ORDER BY " + order, Object.class).list();
    }

    @GetMapping("/products/jdo")
    public List<?> jdo(@RequestParam String color) {
        // expect: sqli
        Query<?> q = persistenceManager.newQuery("SELECT FROM com.example.catalog.Product WHERE color == '" + color + "'");
        return (List<?>) q.execute();
    }

    @GetMapping("/products/jdo-safe")
    public List<?> jdoSafe(@RequestParam String color) {
        // safe: sqli
        Query<?> q = persistenceManager.newQuery("SELECT FROM com.example.catalog.Product WHERE color == :color");
        return (List<?>) q.execute(color);
    }
}
