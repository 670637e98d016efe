// AI-assistant style: "write a login / register API with sessions and JWT in Go with gin".
package main

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	_ "github.com/lib/pq"
	"golang.org/x/crypto/bcrypt"
)

// expect: hardcoded-secret
var jwtSecret = []byte("super-secret-jwt-key-123")

var db *sql.DB

type LoginRequest struct {
	Username string `json:"username" binding:"required"`
	Password string `json:"password" binding:"required"`
}

func hashPassword(password string) string {
	// expect: weak-crypto
	hash := md5.Sum([]byte(password))
	return hex.EncodeToString(hash[:])
}

func generateSessionID() string {
	const chars = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 32)
	for i := range b {
		// expect: weak-random
		b[i] = chars[rand.Intn(len(chars))]
	}
	return string(b)
}

func register(c *gin.Context) {
	var req LoginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		// safe: info-leak
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	// safe: weak-crypto
	hashed, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not register"})
		return
	}
	// safe: sqli
	_, err = db.Exec("INSERT INTO users (username, password_hash) VALUES ($1, $2)", req.Username, string(hashed))
	if err != nil {
		c.JSON(http.StatusConflict, gin.H{"error": "username taken"})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"status": "registered"})
}

func login(c *gin.Context) {
	var req LoginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid request"})
		return
	}
	query := fmt.Sprintf("SELECT id FROM users WHERE username = '%s' AND password = '%s'", req.Username, hashPassword(req.Password))
	var userID int
	// expect: sqli
	if err := db.QueryRow(query).Scan(&userID); err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}

	sessionID := generateSessionID()
	// expect: insecure-cookie
	c.SetCookie("session_id", sessionID, 3600, "/", "", false, false)

	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": userID,
		"exp": time.Now().Add(24 * time.Hour).Unix(),
	})
	signed, err := token.SignedString(jwtSecret)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not sign token"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": signed})
}

func authRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := c.GetHeader("Authorization")
		// expect: jwt
		token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
			return jwtSecret, nil
		})
		if err != nil || !token.Valid {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Next()
	}
}

func profile(c *gin.Context) {
	id := c.Param("id")
	var name string
	// safe: sqli
	if err := db.QueryRow("SELECT username FROM users WHERE id = $1", id).Scan(&name); err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"username": name})
}

func main() {
	var err error
	// expect: hardcoded-secret
	db, err = sql.Open("postgres", "postgres://admin:admin123@localhost:5432/app?sslmode=disable")
	if err != nil {
		panic(err)
	}
	r := gin.Default()
	r.POST("/register", register)
	r.POST("/login", login)
	r.GET("/profile/:id", authRequired(), profile)
	r.Run(":8080")
}
