// class: sqli — gorm Raw/Exec/Where/Order/Group/Having/Select/Joins and go-pg Model().Where with gin sources
package users

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-pg/pg/v10"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Name  string
	Email string
	Role  string
}

type Filter struct {
	Role  string `json:"role"`
	Group string `json:"group"`
}

func Routes(r *gin.Engine, db *gorm.DB, pgdb *pg.DB) {
	r.GET("/users", func(c *gin.Context) {
		name := c.Query("name")
		var users []User
		// expect: sqli
		db.Where("name = '" + name + "'").Find(&users)
		c.JSON(http.StatusOK, users)
	})

	r.GET("/users/by-email", func(c *gin.Context) {
		var users []User
		// safe: sqli
		db.Where("email = ?", c.Query("email")).Find(&users)
		c.JSON(http.StatusOK, users)
	})

	r.GET("/users/sorted", func(c *gin.Context) {
		sort := c.DefaultQuery("sort", "id asc")
		var users []User
		// expect: sqli
		db.Order(sort).Find(&users)
		c.JSON(http.StatusOK, users)
	})

	r.GET("/users/:id/raw", func(c *gin.Context) {
		var u User
		// expect: sqli
		db.Raw(fmt.Sprintf("SELECT * FROM users WHERE id = %s", c.Param("id"))).Scan(&u)
		c.JSON(http.StatusOK, u)
	})

	r.GET("/users/:id", func(c *gin.Context) {
		var u User
		// safe: sqli
		db.Raw("SELECT * FROM users WHERE id = ?", c.Param("id")).Scan(&u)
		c.JSON(http.StatusOK, u)
	})

	r.POST("/users/stats", func(c *gin.Context) {
		var f Filter
		if err := c.ShouldBindJSON(&f); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		var rows []map[string]any
		// expect: sqli
		db.Model(&User{}).Select("role, count(*)").Group(f.Group).Having("role = '" + f.Role + "'").Find(&rows)
		c.JSON(http.StatusOK, rows)
	})

	r.POST("/users/columns", func(c *gin.Context) {
		fields := c.PostForm("fields")
		var rows []map[string]any
		// expect: sqli
		db.Model(&User{}).Select(fields).Find(&rows)
		c.JSON(http.StatusOK, rows)
	})

	r.GET("/users/with-team", func(c *gin.Context) {
		team := c.Query("team")
		var rows []map[string]any
		// expect: sqli
		db.Model(&User{}).Joins("JOIN teams ON teams.id = users.team_id AND teams.slug = '" + team + "'").Find(&rows)
		c.JSON(http.StatusOK, rows)
	})

	r.DELETE("/users/:id", func(c *gin.Context) {
		// expect: sqli
		db.Exec("DELETE FROM users WHERE id = " + c.Param("id"))
		c.Status(http.StatusNoContent)
	})

	r.GET("/pg/users", func(c *gin.Context) {
		var users []User
		// expect: sqli
		pgdb.Model(&users).Where("role = '" + c.Query("role") + "'").Select()
		c.JSON(http.StatusOK, users)
	})

	r.GET("/pg/users/safe", func(c *gin.Context) {
		var users []User
		// safe: sqli
		pgdb.Model(&users).Where("role = ?", c.Query("role")).Select()
		c.JSON(http.StatusOK, users)
	})

	r.GET("/users/ordered", func(c *gin.Context) {
		allowed := map[string]bool{"name": true, "email": true}
		col := c.Query("by")
		if !allowed[col] {
			col = "name"
		}
		var users []User
		// safe: sqli
		db.Order(col + " asc").Find(&users)
		c.JSON(http.StatusOK, users)
	})
}
