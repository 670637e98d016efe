// class: sqli — sqlx and pgx with built text, chi URLParam and gorilla/mux Vars as sources
package catalog

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type Product struct {
	ID    int64  `db:"id"`
	Name  string `db:"name"`
	Brand string `db:"brand"`
}

type API struct {
	DB   *sqlx.DB
	Pool *pgxpool.Pool
}

func (a *API) ByBrand(w http.ResponseWriter, r *http.Request) {
	brand := chi.URLParam(r, "brand")
	var out []Product
	// expect: sqli
	err := a.DB.Select(&out, fmt.Sprintf("SELECT id, name, brand FROM products WHERE brand = '%s'", brand))
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
	}
}

func (a *API) ByBrandSafe(w http.ResponseWriter, r *http.Request) {
	brand := chi.URLParam(r, "brand")
	var out []Product
	// safe: sqli
	err := a.DB.Select(&out, "SELECT id, name, brand FROM products WHERE brand = ?", brand)
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
	}
}

func (a *API) Get(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	var p Product
	// expect: sqli
	a.DB.Get(&p, "SELECT id, name, brand FROM products WHERE id = "+id)
}

func (a *API) Scan(w http.ResponseWriter, r *http.Request) {
	col := mux.Vars(r)["column"]
	// expect: sqli
	rows, err := a.DB.Queryx("SELECT " + col + " FROM products LIMIT 50")
	if err == nil {
		rows.Close()
	}
}

func (a *API) Rename(w http.ResponseWriter, r *http.Request) {
	table := r.URL.Query().Get("table")
	// expect: sqli
	a.DB.NamedExec("UPDATE "+table+" SET name = :name WHERE id = :id", map[string]any{"name": r.FormValue("name"), "id": r.FormValue("id")})
}

func (a *API) RenameSafe(w http.ResponseWriter, r *http.Request) {
	// safe: sqli
	a.DB.NamedExec("UPDATE products SET name = :name WHERE id = :id", map[string]any{"name": r.FormValue("name"), "id": r.FormValue("id")})
}

func (a *API) PgxSearch(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("q")
	// expect: sqli
	rows, err := a.Pool.Query(r.Context(), "SELECT id, name FROM products WHERE name ILIKE '%"+term+"%'")
	if err == nil {
		rows.Close()
	}
}

func (a *API) PgxSearchSafe(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("q")
	// safe: sqli
	rows, err := a.Pool.Query(r.Context(), "SELECT id, name FROM products WHERE name ILIKE '%' || $1 || '%'", term)
	if err == nil {
		rows.Close()
	}
}

func (a *API) PgxDelete(w http.ResponseWriter, r *http.Request, conn *pgx.Conn) {
	sku := chi.URLParam(r, "sku")
	// expect: sqli
	conn.Exec(r.Context(), fmt.Sprintf("DELETE FROM products WHERE sku = '%s'", sku))
}
