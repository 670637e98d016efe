package handlers

import (
	"encoding/json"
	"net/http"
)

func handle(w http.ResponseWriter, r *http.Request) {
	var data map[string]interface{}
	json.NewDecoder(r.Body).Decode(&data)
	cmd, _ := data["command"].(string)
	// expect: cmdi
	executeCommand(cmd)
	// expect: cmdi
	runShell(r.URL.Query().Get("script"))
	// expect: cmdi
	tools.RunCommand(r.FormValue("c"))
}

func handleSafe(w http.ResponseWriter, r *http.Request) {
	// safe: cmdi
	executeCommand("backup --all")
	action := r.FormValue("action")
	// safe: cmdi
	logCommand(action)
	// safe: cmdi
	runCommand(action)
}

// runCommand is defined here, so the real sink inside it decides (it runs nothing).
func runCommand(action string) {
	_ = action
}
