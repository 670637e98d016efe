package api

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"reflect"
	"sync"

	"github.com/gin-gonic/gin"
	"gopkg.in/yaml.v3"
)

type ctxKey struct{}

type Account struct{ ID string }

type Event interface{ Name() string }

type OrderPlaced struct{ OrderID string }

func (OrderPlaced) Name() string { return "order.placed" }

var bufferPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Data whose dynamic type the sender chooses: decoded documents and their fields.

func quantityOf(item map[string]interface{}) int {
	// expect: type-assertion
	return int(item["quantity"].(float64))
}

func portFrom(raw []byte) int {
	var settings map[string]any
	_ = yaml.Unmarshal(raw, &settings)
	// expect: type-assertion
	return settings["port"].(int)
}

func updateProfile(c *gin.Context) {
	var body map[string]any
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// expect: type-assertion
	nickname := body["nickname"].(string)
	c.String(http.StatusOK, nickname)
}

func labelOf(field reflect.Value) string {
	// expect: type-assertion
	return field.Interface().(string)
}

func describe(value any, other any) string {
	switch other.(type) {
	case string:
		// expect: type-assertion
		return value.(string)
	}
	if _, ok := value.(float64); ok {
		// expect: type-assertion
		return value.(string)
	}
	return ""
}

// Values whose dynamic type the program itself established.

func streamEvents(w http.ResponseWriter, r *http.Request) {
	// safe: type-assertion
	flusher := w.(http.Flusher)
	// safe: type-assertion
	account := r.Context().Value(ctxKey{}).(*Account)
	// safe: type-assertion
	buf := bufferPool.Get().(*bytes.Buffer)
	defer bufferPool.Put(buf)
	buf.WriteString("data: hello " + account.ID + "\n\n")
	w.Write(buf.Bytes())
	flusher.Flush()
}

func upgrade(c *gin.Context) {
	// safe: type-assertion
	hijacker := c.Writer.(http.Hijacker)
	// safe: type-assertion
	userID := c.MustGet("userID").(string)
	conn, _, err := hijacker.Hijack()
	if err == nil {
		conn.Write([]byte(userID))
	}
}

func isTimeout(err error) bool {
	// safe: type-assertion
	return errors.Is(err, context.DeadlineExceeded) || err.(interface{ Timeout() bool }).Timeout()
}

func handleEvent(event Event) string {
	// safe: type-assertion
	placed := event.(OrderPlaced)
	return placed.OrderID
}

func normalize(value any) string {
	switch value.(type) {
	case string:
		// safe: type-assertion
		return value.(string)
	}
	if _, ok := value.([]any); !ok {
		return ""
	}
	// safe: type-assertion
	items := value.([]any)
	return reflect.TypeOf(items).String()
}

func fieldText(field reflect.Value) string {
	if field.Kind() == reflect.String {
		// safe: type-assertion
		return field.Interface().(string)
	}
	switch field.Kind() {
	case reflect.Bool:
		// safe: type-assertion
		if field.Interface().(bool) {
			return "yes"
		}
	}
	return ""
}
