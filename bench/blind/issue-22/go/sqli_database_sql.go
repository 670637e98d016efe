// class: sqli — database/sql with text built by +, +=, Sprintf, strings.Builder and strings.Join from net/http sources
package orders

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

type Handler struct{ DB *sql.DB }

func (h *Handler) ByCustomer(w http.ResponseWriter, r *http.Request) {
	customer := r.URL.Query().Get("customer")
	// expect: sqli
	rows, err := h.DB.Query("SELECT id, total FROM orders WHERE customer_id = '" + customer + "'")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	w.WriteHeader(http.StatusOK)
}

func (h *Handler) ByStatus(w http.ResponseWriter, r *http.Request) {
	status := r.FormValue("status")
	// safe: sqli
	rows, err := h.DB.QueryContext(r.Context(), "SELECT id FROM orders WHERE status = $1", status)
	if err == nil {
		rows.Close()
	}
}

func (h *Handler) One(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var total float64
	// expect: sqli
	err := h.DB.QueryRow(fmt.Sprintf("SELECT total FROM orders WHERE id = %s", id)).Scan(&total)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(map[string]float64{"total": total})
}

func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	q := "SELECT id FROM orders WHERE 1=1"
	if region := r.Header.Get("X-Region"); region != "" {
		q += " AND region = '" + region + "'"
	}
	// expect: sqli
	rows, _ := h.DB.Query(q)
	if rows != nil {
		rows.Close()
	}
}

func (h *Handler) Report(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("team")
	if err != nil {
		return
	}
	var sb strings.Builder
	sb.WriteString("SELECT sum(total) FROM orders WHERE team = '")
	sb.WriteString(c.Value)
	sb.WriteString("'")
	// expect: sqli
	h.DB.QueryRowContext(r.Context(), sb.String())
}

func (h *Handler) Archive(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	ids := r.Form["id"]
	// expect: sqli
	_, err := h.DB.Exec("UPDATE orders SET archived = true WHERE id IN (" + strings.Join(ids, ",") + ")")
	if err != nil {
		http.Error(w, "archive failed", http.StatusInternalServerError)
	}
}

func (h *Handler) ArchiveSafely(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	ids := r.Form["id"]
	marks := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		marks[i] = fmt.Sprintf("$%d", i+1)
		args[i] = id
	}
	// safe: sqli
	_, err := h.DB.Exec("UPDATE orders SET archived = true WHERE id IN ("+strings.Join(marks, ",")+")", args...)
	if err != nil {
		http.Error(w, "archive failed", http.StatusInternalServerError)
	}
}

var sortColumns = map[string]string{"date": "created_at", "total": "total"}

func (h *Handler) Sorted(w http.ResponseWriter, r *http.Request) {
	col, ok := sortColumns[r.URL.Query().Get("sort")]
	if !ok {
		col = "created_at"
	}
	// safe: sqli
	rows, _ := h.DB.Query("SELECT id FROM orders ORDER BY " + col)
	if rows != nil {
		rows.Close()
	}
}

func (h *Handler) Prepared(w http.ResponseWriter, r *http.Request) {
	table := r.PostFormValue("table")
	// expect: sqli
	stmt, err := h.DB.PrepareContext(r.Context(), "SELECT count(*) FROM "+table)
	if err == nil {
		stmt.Close()
	}
}
