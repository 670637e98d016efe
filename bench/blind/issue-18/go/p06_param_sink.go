// point 6: a sink whose whole query/command is a parameter — medium/info, high when a same-file caller passes request data
package dao

import (
	"database/sql"
	"net/http"
	"os/exec"
)

type ReportDAO struct {
	DB *sql.DB
}

func (d *ReportDAO) RunQuery(q string) (*sql.Rows, error) {
	// policy: origin-not-traced
	// expect: sqli
	return d.DB.Query(q)
}

func (d *ReportDAO) runSearch(q string) (*sql.Rows, error) {
	// expect: sqli
	return d.DB.Query(q)
}

func (d *ReportDAO) Search(w http.ResponseWriter, r *http.Request) {
	where := r.URL.Query().Get("where")
	rows, err := d.runSearch("SELECT * FROM reports WHERE " + where)
	if err == nil {
		rows.Close()
	}
}

func (d *ReportDAO) ByOwner(owner string) (*sql.Rows, error) {
	// safe: sqli
	return d.DB.Query("SELECT * FROM reports WHERE owner = $1", owner)
}

func (d *ReportDAO) ByStatus(status string) (*sql.Rows, error) {
	// expect: sqli
	return d.DB.Query("SELECT * FROM reports WHERE status = '" + status + "'")
}

func RunTool(command string) error {
	// policy: origin-not-traced
	// expect: cmdi
	return exec.Command("sh", "-c", command).Run()
}

func Compact() error {
	// safe: cmdi
	return exec.Command("pg_repack", "--all").Run()
}
