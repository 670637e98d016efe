package handlers

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
	"gorm.io/gorm"
)

var db *sql.DB
var gdb *gorm.DB

func getUser(w http.ResponseWriter, r *http.Request) {
	username := r.URL.Query().Get("username")
	query := fmt.Sprintf("SELECT id, email FROM users WHERE username = '%s'", username)
	// expect: sqli
	rows, err := db.Query(query)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	id := mux.Vars(r)["id"]
	// expect: sqli
	db.QueryRowContext(r.Context(), "SELECT name FROM items WHERE id = "+id).Scan(&username)

	// expect: sqli
	db.Exec("DELETE FROM sessions WHERE token = '" + r.FormValue("token") + "'")
}

func searchProducts(c *gin.Context) {
	name := c.Query("name")
	var products []Product
	// expect: sqli
	gdb.Raw("SELECT * FROM products WHERE name LIKE '%" + name + "%'").Scan(&products)
	// expect: sqli
	gdb.Where("category = '" + c.Param("category") + "'").Find(&products)
	sort := c.DefaultQuery("sort", "name")
	// expect: sqli
	gdb.Order(fmt.Sprintf("%s desc", sort)).Find(&products)
	c.JSON(http.StatusOK, products)
}

func getUserSafe(w http.ResponseWriter, r *http.Request) {
	username := r.URL.Query().Get("username")
	// safe: sqli
	rows, err := db.Query("SELECT id, email FROM users WHERE username = ?", username)
	if err != nil {
		return
	}
	defer rows.Close()

	table := "users"
	// safe: sqli
	db.QueryRow(fmt.Sprintf("SELECT COUNT(*) FROM %s", table))

	limit, err := strconv.Atoi(r.FormValue("limit"))
	if err != nil {
		return
	}
	// safe: sqli
	db.Query(fmt.Sprintf("SELECT id FROM events ORDER BY created_at DESC LIMIT %d", limit))

	// safe: sqli
	db.ExecContext(r.Context(), "UPDATE users SET last_seen = NOW() WHERE id = $1", mux.Vars(r)["id"])

	var products []Product
	// safe: sqli
	gdb.Where("name = ?", r.FormValue("name")).Find(&products)
	// safe: sqli
	gdb.Where(&Product{Code: r.FormValue("code")}).First(&products)
}

// The SQL text is built inside a same-file helper and only its result reaches Query: the
// keyword/building check reads the variable's value (a call), not the helper's body.
func buildFilter(column, value string) string {
	return "SELECT * FROM reports WHERE " + column + " = '" + value + "'"
}

func reportHandler(w http.ResponseWriter, r *http.Request) {
	q := buildFilter("owner", r.FormValue("owner"))
	// expect: sqli
	db.Query(q)
}

func listOrders(c *gin.Context) {
	var orders []Order
	// expect: sqli
	gdb.Order(c.Query("sort")).Find(&orders)
	query := "SELECT id, total FROM orders WHERE 1=1"
	if status := c.Query("status"); status != "" {
		query += " AND status = '" + status + "'"
	}
	// expect: sqli
	db.Query(query)
	// safe: sqli
	gdb.Where(map[string]interface{}{"status": c.Query("status")}).Find(&orders)
	// safe: sqli
	gdb.Order("created_at desc").Find(&orders)
}
