import java.util.List;
import org.apache.ibatis.annotations.*;

@Mapper
public interface OrderMapper {
    // expect: sqli
    @Select("SELECT * FROM orders WHERE customer = '${customer}'")
    List<Order> byCustomer(@Param("customer") String customer);

    // expect: sqli
    @Select("SELECT * FROM orders ORDER BY ${sortColumn} ${direction}")
    List<Order> sorted(@Param("sortColumn") String sortColumn, @Param("direction") String direction);

    // expect: sqli
    @Update({
        "UPDATE orders SET status = 'CANCELLED'",
        "WHERE id IN (${ids})"
    })
    int cancel(@Param("ids") String ids);

    // expect: sqli
    @org.apache.ibatis.annotations.Delete("DELETE FROM orders WHERE note LIKE '%${text}%'")
    int purge(@Param("text") String text);

    // safe: sqli
    @Select("SELECT * FROM orders WHERE customer = #{customer}")
    List<Order> byCustomerSafely(@Param("customer") String customer);

    // safe: sqli
    @Insert("INSERT INTO orders (customer, total) VALUES (#{customer}, #{total})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insert(Order order);

    // safe: sqli
    @Select("SELECT * FROM orders WHERE total > #{min} AND currency = 'EUR'")
    List<Order> above(@Param("min") long min);
}
