// class: sqli — MyBatis ${} in annotations vs #{}; Vert.x SQL client query vs preparedQuery
package com.example.members;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MemberMapper {

    // expect: sqli
    @Select("SELECT * FROM members WHERE nickname = '${nickname}'")
    List<Map<String, Object>> findByNickname(@Param("nickname") String nickname);

    // safe: sqli
    @Select("SELECT * FROM members WHERE email = #{email}")
    Map<String, Object> findByEmail(@Param("email") String email);

    // expect: sqli
    @Select("SELECT * FROM members ORDER BY ${column} ${direction}")
    List<Map<String, Object>> sorted(@Param("column") String column, @Param("direction") String direction);

    // safe: sqli
    @Update("UPDATE members SET last_seen = now() WHERE id = #{id}")
    int touch(@Param("id") long id);

    // expect: sqli
    @Delete("DELETE FROM ${table} WHERE member_id = #{id}")
    int purge(@Param("table") String table, @Param("id") long id);
}

public class MemberHandlers {

    private final Pool pool;

    public MemberHandlers(Pool pool) {
        this.pool = pool;
    }

    public void search(RoutingContext ctx) {
        String city = ctx.request().getParam("city");
        // expect: sqli
        Future<RowSet<Row>> rows = pool.query("SELECT name FROM members WHERE city = '" + city + "'").execute();
        rows.onSuccess(rs -> ctx.json(rs.size()));
    }

    public void searchSafe(RoutingContext ctx) {
        String city = ctx.request().getParam("city");
        // safe: sqli
        Future<RowSet<Row>> rows = pool.preparedQuery("SELECT name FROM members WHERE city = $1").execute(Tuple.of(city));
        rows.onSuccess(rs -> ctx.json(rs.size()));
    }

    public void level(RoutingContext ctx) {
        String level = ctx.queryParams().get("level");
        String sql = String.format("SELECT name FROM members WHERE level = %s", level);
        // expect: sqli
        pool.preparedQuery(sql).execute().onSuccess(rs -> ctx.json(rs.size()));
    }
}
