package handlers

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
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
		// expect: info-leak
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
