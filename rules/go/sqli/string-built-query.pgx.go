package store

import (
	"context"
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
)

var pool *pgxpool.Pool

func findUser(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	// expect: sqli
	rows, err := pool.Query(ctx, "SELECT id FROM users WHERE email = '"+r.FormValue("email")+"'")
	if err != nil {
		return
	}
	rows.Close()
	// expect: sqli
	pool.Exec(ctx, fmt.Sprintf("UPDATE users SET nick = '%s' WHERE id = 1", r.FormValue("nick")))
	// safe: sqli
	pool.QueryRow(ctx, "SELECT id FROM users WHERE email = $1", r.FormValue("email"))
	// safe: sqli
	pool.Exec(ctx, "DELETE FROM sessions WHERE expires < now()")
}

// A whole query passed in by a caller: reported as "origin not traced".
func run(ctx context.Context, sql string, args ...any) error {
	// expect: sqli
	_, err := pool.Exec(ctx, sql, args...)
	return err
}
