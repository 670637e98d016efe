package handlers

import (
	"encoding/json"
	"net/http"
)

func create(w http.ResponseWriter, r *http.Request) {
	var data map[string]interface{}
	json.NewDecoder(r.Body).Decode(&data)
	// expect: type-assertion
	name := data["name"].(string)
	// expect: type-assertion
	age := data["age"].(float64)
	// expect: type-assertion
	tags := data["tags"].([]interface{})
	use(name, age, tags)
}

func createSafely(w http.ResponseWriter, r *http.Request) {
	var data map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	// safe: type-assertion
	name, ok := data["name"].(string)
	if !ok {
		http.Error(w, "name must be a string", http.StatusBadRequest)
		return
	}
	var age float64
	// safe: type-assertion
	age, ok = data["age"].(float64)
	// safe: type-assertion
	switch v := data["tags"].(type) {
	case []interface{}:
		use(name, age, v)
	}
}
