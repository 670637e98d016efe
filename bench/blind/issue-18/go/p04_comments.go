// point 4: a comment between the opening parenthesis and the first argument does not hide the call
package accounts

import (
	"database/sql"
	"net/http"
	"os/exec"
)

type Accounts struct {
	DB *sql.DB
}

func (a *Accounts) Find(w http.ResponseWriter, r *http.Request) {
	email := r.URL.Query().Get("email")
	// expect: sqli
	row := a.DB.QueryRow( /* lookup by email */ "SELECT id FROM accounts WHERE email = '" + email + "'")
	var id int64
	row.Scan(&id)
	// safe: sqli
	total := a.DB.QueryRow( /* all accounts */ "SELECT COUNT(*) FROM accounts")
	total.Scan(&id)
}

func (a *Accounts) Export(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// expect: cmdi
	exec.Command( // the export tool takes a shell line
		"sh", "-c", "export-account "+name).Run()
	// safe: cmdi
	exec.Command( /* fixed argv */ "/usr/bin/sync").Run()
	w.WriteHeader(http.StatusAccepted)
}
