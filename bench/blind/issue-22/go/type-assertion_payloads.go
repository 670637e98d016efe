// class: type-assertion — unchecked assertions on decoded request data; comma-ok forms, type switches, capability checks and values the program set as near-misses
package events

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"

	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
)

func Ingest(w http.ResponseWriter, r *http.Request) {
	var payload any
	if err := json.NewDecoder(r.Body).Decode(&payload); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	// expect: type-assertion
	event := payload.(map[string]any)
	// expect: type-assertion
	kind := event["type"].(string)
	fmt.Fprintln(w, "accepted", kind)
}

func IngestChecked(w http.ResponseWriter, r *http.Request) {
	var payload map[string]any
	if err := json.NewDecoder(r.Body).Decode(&payload); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	// safe: type-assertion
	kind, ok := payload["type"].(string)
	if !ok {
		http.Error(w, "type must be a string", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, "accepted", kind)
}

func Amount(c *gin.Context) {
	var body map[string]interface{}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	// expect: type-assertion
	items := body["items"].([]interface{})
	total := 0.0
	for _, it := range items {
		// expect: type-assertion
		total += it.(map[string]interface{})["price"].(float64)
	}
	c.JSON(http.StatusOK, gin.H{"total": total})
}

func Describe(c *gin.Context) {
	var body map[string]any
	_ = c.ShouldBindJSON(&body)
	// safe: type-assertion
	switch v := body["value"].(type) {
	case string:
		c.String(http.StatusOK, "text %s", v)
	case float64:
		c.String(http.StatusOK, "number %f", v)
	default:
		c.Status(http.StatusBadRequest)
	}
}

type User struct{ ID string }

func Me(c *gin.Context) {
	// safe: type-assertion
	user := c.MustGet("user").(*User)
	c.JSON(http.StatusOK, user)
}

func Stream(w http.ResponseWriter, r *http.Request) {
	// safe: type-assertion
	flusher := w.(http.Flusher)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "data: %d\n\n", i)
		flusher.Flush()
	}
}

func Hijack(w http.ResponseWriter, r *http.Request) {
	// safe: type-assertion
	if hj, ok := w.(http.Hijacker); ok {
		conn, _, _ := hj.Hijack()
		conn.Close()
	}
}

func CloseIfPossible(v any) {
	// safe: type-assertion
	v.(interface{ Close() error }).Close()
}

var validate = validator.New()

func init() {
	validate.RegisterValidation("sku", func(fl validator.FieldLevel) bool {
		// safe: type-assertion
		s := fl.Field().Interface().(string)
		return len(s) == 8
	})
}

func Queue(w http.ResponseWriter, r *http.Request) {
	var msg struct {
		Meta any `json:"meta"`
	}
	json.NewDecoder(r.Body).Decode(&msg)
	// expect: type-assertion
	retries := msg.Meta.(map[string]any)["retries"].(float64)
	fmt.Fprintln(w, reflect.TypeOf(retries))
}
