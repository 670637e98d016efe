package handlers

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"runtime/debug"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func load(w http.ResponseWriter, r *http.Request) {
	var body map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		// expect: info-leak
		fmt.Fprintf(w, "Error processing request: %v", err)
		return
	}
	row, err := lookup(body)
	if err != nil {
		// expect: info-leak
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := render(row); err != nil {
		// expect: info-leak
		w.Write([]byte("failed: " + err.Error()))
	}
}

func ginHandler(c *gin.Context) {
	if err := c.ShouldBindJSON(&req); err != nil {
		// safe: info-leak
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := save(req); err != nil {
		log.Printf("save failed: %v", err)
		// safe: info-leak
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal error"})
	}
}

func safeHandler(w http.ResponseWriter, r *http.Request) {
	if err := process(r); err != nil {
		// safe: info-leak
		log.Printf("process failed: %v", err)
		// safe: info-leak
		http.Error(w, "invalid request", http.StatusBadRequest)
		return
	}
	// safe: info-leak
	fmt.Fprintf(w, "processed %d items", count)
}

func apiHandler(w http.ResponseWriter, r *http.Request) {
	items, err := store.List(r.Context())
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusInternalServerError)
		// expect: info-leak
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	// safe: info-leak
	json.NewEncoder(w).Encode(items)
}

func echoHandler(c echo.Context) error {
	var req CreateRequest
	if err := c.Bind(&req); err != nil {
		// safe: info-leak
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	if err := create(req); err != nil {
		c.Logger().Error(err)
		// safe: info-leak
		return echo.NewHTTPError(http.StatusInternalServerError, "could not create item")
	}
	return c.JSON(http.StatusCreated, req)
}

func ginAbort(c *gin.Context) {
	if err := work(); err != nil {
		// safe: info-leak
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	if err := work(); err != nil {
		// expect: info-leak
		c.String(http.StatusInternalServerError, "work failed: %v", err)
	}
}

func recoverMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rec := recover(); rec != nil {
				w.WriteHeader(http.StatusInternalServerError)
				// expect: info-leak
				w.Write(debug.Stack())
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// A 4xx answer may tell the client why its input was refused; an internal error's text may not.
func createOrder(c *gin.Context) {
	var order Order
	if err := c.ShouldBindJSON(&order); err != nil {
		// expect: info-leak
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	if err := validate.Struct(order); err != nil {
		// safe: info-leak
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	if err := orders.Insert(order); err != nil {
		// expect: info-leak
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
	}
}

func uploadAvatar(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	image, err := io.ReadAll(r.Body)
	if err != nil {
		// safe: info-leak
		http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
		return
	}
	var meta AvatarMeta
	if err := json.Unmarshal([]byte(r.Header.Get("X-Avatar-Meta")), &meta); err != nil {
		// safe: info-leak
		http.Error(w, "invalid avatar metadata: "+err.Error(), http.StatusBadRequest)
		return
	}
	if err := avatars.Save(meta, image); err != nil {
		// expect: info-leak
		http.Error(w, "could not save avatar: "+err.Error(), http.StatusInternalServerError)
	}
}
