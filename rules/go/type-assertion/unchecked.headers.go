package handlers

import (
	"encoding/json"
	"net/http"
)

// Assertions in statement headers: the comma-ok fix hoists a check before the statement only
// where the statement evaluates the assertion once, before anything else.
func importItems(w http.ResponseWriter, r *http.Request) {
	var order map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&order); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	// expect: type-assertion
	for _, item := range order["items"].([]interface{}) {
		save(item)
	}
	// expect: type-assertion
	for i := 0; i < int(order["copies"].(float64)); i++ {
		print(i)
	}
	if order["gift"] == nil {
		save(nil)
		// expect: type-assertion
	} else if order["gift"].(bool) {
		save(order["note"])
	}
	// expect: type-assertion
	if order["coupon"] != nil && order["coupon"].(string) != "" {
		save(order["coupon"])
	}
	// expect: type-assertion
	if total := len(order); order["currency"].(string) != "EUR" {
		save(total)
	}
	// expect: type-assertion
	switch order["channel"].(string) {
	case "web":
		save(order)
	}
}
