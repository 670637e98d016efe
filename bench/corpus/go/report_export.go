// AI-assistant style: "echo + gorm service that exports sales reports as CSV and renders a summary page".
package main

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Sale struct {
	ID       uint
	Region   string
	Product  string
	Amount   float64
	SoldAt   time.Time
}

var db *gorm.DB

const exportDir = "/var/exports"

func listSales(c echo.Context) error {
	region := c.QueryParam("region")
	var sales []Sale
	// expect: sqli
	if err := db.Where("region = '" + region + "'").Find(&sales).Error; err != nil {
		// expect: info-leak
		return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
	}
	return c.JSON(http.StatusOK, sales)
}

func salesByProduct(c echo.Context) error {
	var sales []Sale
	// safe: sqli
	db.Where("product = ? AND amount > ?", c.QueryParam("product"), 0).Find(&sales)
	limit, err := strconv.Atoi(c.QueryParam("limit"))
	if err != nil {
		limit = 50
	}
	// safe: sqli
	db.Raw(fmt.Sprintf("SELECT * FROM sales ORDER BY sold_at DESC LIMIT %d", limit)).Scan(&sales)
	return c.JSON(http.StatusOK, sales)
}

func exportCSV(c echo.Context) error {
	name := c.QueryParam("filename")
	// expect: path-traversal
	f, err := os.Create(filepath.Join(exportDir, name+".csv"))
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not create export")
	}
	defer f.Close()
	var sales []Sale
	db.Find(&sales)
	w := csv.NewWriter(f)
	for _, s := range sales {
		w.Write([]string{s.Region, s.Product, strconv.FormatFloat(s.Amount, 'f', 2, 64)})
	}
	w.Flush()
	// expect: path-traversal
	return c.Attachment(filepath.Join(exportDir, name+".csv"), "report.csv")
}

func downloadExport(c echo.Context) error {
	file := filepath.Base(c.Param("file"))
	// safe: path-traversal
	return c.File(filepath.Join(exportDir, file))
}

func summaryPage(c echo.Context) error {
	title := c.QueryParam("title")
	var total float64
	db.Model(&Sale{}).Select("SUM(amount)").Scan(&total)
	// expect: xss
	return c.HTML(http.StatusOK, fmt.Sprintf("<h1>%s</h1><p>Total sales: %.2f</p>", title, total))
}

func setRegion(c echo.Context) error {
	cookie := &http.Cookie{Name: "region", Value: c.FormValue("region"), Path: "/"}
	// expect: insecure-cookie
	c.SetCookie(cookie)
	// safe: open-redirect
	return c.Redirect(http.StatusSeeOther, "/sales")
}

func main() {
	var err error
	// expect: hardcoded-secret
	dsn := "host=localhost user=reports password=Rep0rts!2024 dbname=sales port=5432"
	db, err = gorm.Open(postgres.Open(dsn), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	e := echo.New()
	// expect: info-leak
	e.Debug = true
	// expect: cors
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"*"}, AllowCredentials: true}))
	e.GET("/sales", listSales)
	e.GET("/sales/products", salesByProduct)
	e.POST("/exports", exportCSV)
	e.GET("/exports/:file", downloadExport)
	e.GET("/summary", summaryPage)
	e.POST("/region", setRegion)
	e.Logger.Fatal(e.Start(":8080"))
}
