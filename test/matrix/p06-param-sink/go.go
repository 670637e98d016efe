// p06 param sink: a sink whose whole query or command is a parameter of the enclosing function
package matrix

import (
	"database/sql"
	"net/http"
	"os/exec"
)

func runQuery(db *sql.DB, q string) (*sql.Rows, error) {
	// policy: origin-not-traced
	// expect: sqli
	return db.Query(q)
}

func runCommand(cmd string) error {
	// policy: origin-not-traced
	// expect: cmdi
	return exec.Command("sh", "-c", cmd).Run()
}

func findUser(db *sql.DB, name string) (*sql.Rows, error) {
	// expect: sqli
	return db.Query("SELECT * FROM users WHERE name = '" + name + "'")
}

func runTraced(db *sql.DB, q string) (*sql.Rows, error) {
	// expect: sqli
	return db.Query(q)
}

func search(db *sql.DB, w http.ResponseWriter, r *http.Request) {
	runTraced(db, r.URL.Query().Get("q"))
}

func runFixed(db *sql.DB, q string) (*sql.Rows, error) {
	// safe: sqli
	return db.Query(q)
}

func countUsers(db *sql.DB) {
	runFixed(db, "SELECT count(*) FROM users")
}
