import java.io.*;
import java.util.Map;
import javax.servlet.http.*;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.slf4j.*;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class OrderController {
    private static final Logger log = LoggerFactory.getLogger(OrderController.class);
    private OrderService orders;

    @GetMapping("/orders/{id}")
    public ResponseEntity<?> get(@PathVariable String id) {
        try {
            return ResponseEntity.ok(orders.find(id));
        } catch (Exception e) {
            // expect: info-leak
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("Error: " + e.getMessage());
        }
    }

    @PostMapping("/orders")
    public ResponseEntity<Map<String, String>> create(@RequestBody Order order) {
        try {
            orders.save(order);
            return ResponseEntity.ok(Map.of("status", "ok"));
        } catch (RuntimeException ex) {
            // expect: info-leak
            return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
        }
    }

    @GetMapping("/export")
    public void export(HttpServletResponse response) throws IOException {
        try {
            orders.export(response.getOutputStream());
        } catch (Exception e) {
            response.setStatus(500);
            // expect: info-leak
            response.getWriter().write(ExceptionUtils.getStackTrace(e));
        }
    }

    @GetMapping("/report")
    public void report(HttpServletResponse response) throws IOException {
        try {
            orders.report();
        } catch (IllegalStateException e) {
            // expect: info-leak
            e.printStackTrace(response.getWriter());
        }
    }

    @DeleteMapping("/orders/{id}")
    public String delete(@PathVariable String id) {
        try {
            orders.delete(id);
            return "deleted";
        } catch (Exception e) {
            // expect: info-leak
            return "Delete failed: " + e;
        }
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> handle(Exception ex) {
        // expect: info-leak
        return new ResponseEntity<>(ex.getMessage(), HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @GetMapping("/orders/{id}/safe")
    public ResponseEntity<?> getSafely(@PathVariable String id) {
        try {
            return ResponseEntity.ok(orders.find(id));
        } catch (Exception e) {
            log.error("order lookup failed for {}", id, e);
            // safe: info-leak
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("Internal server error");
        }
    }

    @GetMapping("/health")
    public void health(HttpServletResponse response) throws IOException {
        try {
            orders.ping();
        } catch (Exception e) {
            // safe: info-leak
            System.out.println("health check failed: " + e.getMessage());
            // safe: info-leak
            response.sendError(503, "Service unavailable");
        }
    }

    @GetMapping("/orders/{id}/status")
    public String status(@PathVariable String id) {
        try {
            return orders.status(id);
        } catch (Exception e) {
            log.warn("status failed", e);
            // safe: info-leak
            return "unknown";
        }
    }

    @GetMapping("/orders/{id}/items")
    public ResponseEntity<?> items(@PathVariable String id) {
        try {
            // safe: info-leak
            return ResponseEntity.ok(orders.items(id));
        } catch (Exception e) {
            // expect: info-leak
            return ResponseEntity.internalServerError().body(e.getMessage());
        }
    }

    @ExceptionHandler(OrderNotFoundException.class)
    public ResponseEntity<String> notFound(OrderNotFoundException ex) {
        // safe: info-leak
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ex.getMessage());
    }

    @PutMapping("/orders/{id}")
    public ResponseEntity<String> update(@PathVariable String id, @RequestBody Order order) {
        try {
            orders.update(id, order);
            return ResponseEntity.ok("updated");
        } catch (IllegalArgumentException e) {
            // safe: info-leak
            return ResponseEntity.badRequest().body(e.getMessage());
        }
    }

    @PostMapping("/import")
    public ResponseEntity<String> importOrders(@RequestBody String csv) {
        try {
            int count = orders.importCsv(csv);
            // safe: info-leak
            return ResponseEntity.ok("imported " + count);
        } catch (Exception e) {
            log.error("import failed", e);
            // safe: info-leak
            return ResponseEntity.unprocessableEntity().body("Import failed: check the file format");
        }
    }
}
