// point 2: unresolved calls with no tainted argument — unknown origin is reported, not treated as a constant
package maintenance

import (
	"database/sql"
	"net/http"
	"os/exec"

	"example.com/app/config"
	"example.com/app/helpers"
)

type Handler struct {
	DB *sql.DB
}

func (h *Handler) Cleanup(w http.ResponseWriter, r *http.Request) {
	// policy: origin-not-traced
	// expect: cmdi
	exec.Command("sh", "-c", helpers.GetCmd()).Run()
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) Rotate(w http.ResponseWriter, r *http.Request) {
	// expect: cmdi
	exec.Command("bash", "-c", "logrotate "+config.RotateTarget()).Run()
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) Pending(w http.ResponseWriter, r *http.Request) {
	// expect: sqli
	rows, err := h.DB.Query("SELECT id FROM jobs WHERE queue = '" + config.CurrentQueue() + "'")
	if err == nil {
		rows.Close()
	}
	// safe: sqli
	rows2, err := h.DB.Query("SELECT id FROM jobs WHERE queue = $1", config.CurrentQueue())
	if err == nil {
		rows2.Close()
	}
}

func defaultCommand() string {
	return "vacuumdb --all"
}

func (h *Handler) Vacuum(w http.ResponseWriter, r *http.Request) {
	// safe: cmdi
	exec.Command("sh", "-c", defaultCommand()).Run()
	// safe: cmdi
	exec.Command("git", "-C", "/srv/site", "pull", "--ff-only").Run()
	w.WriteHeader(http.StatusNoContent)
}
