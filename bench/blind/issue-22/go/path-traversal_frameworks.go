// class: path-traversal — gin Cookie/FormFile/BindQuery, echo Bind, fiber BodyParser/Get/Cookies and net/http PostForm reaching file calls
package storage

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

const root = "/var/lib/app/files"

type ExportQuery struct {
	Name string `form:"name" query:"name" json:"name"`
}

func GinRoutes(r *gin.Engine) {
	r.GET("/theme", func(c *gin.Context) {
		theme, err := c.Cookie("theme")
		if err != nil {
			theme = "default"
		}
		// expect: path-traversal
		c.File(filepath.Join(root, "themes", theme+".css"))
	})

	r.POST("/upload", func(c *gin.Context) {
		file, err := c.FormFile("file")
		if err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
		// expect: path-traversal
		c.SaveUploadedFile(file, filepath.Join(root, "uploads", file.Filename))
	})

	r.POST("/upload-safe", func(c *gin.Context) {
		file, err := c.FormFile("file")
		if err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
		// safe: path-traversal
		c.SaveUploadedFile(file, filepath.Join(root, "uploads", filepath.Base(file.Filename)))
	})

	r.GET("/export", func(c *gin.Context) {
		var q ExportQuery
		if err := c.BindQuery(&q); err != nil {
			return
		}
		// expect: path-traversal
		data, _ := os.ReadFile(filepath.Join(root, "exports", q.Name))
		c.Data(http.StatusOK, "application/octet-stream", data)
	})
}

func EchoExport(c echo.Context) error {
	var q ExportQuery
	if err := c.Bind(&q); err != nil {
		return err
	}
	// expect: path-traversal
	return c.File(filepath.Join(root, "exports", q.Name))
}

func FiberExport(c *fiber.Ctx) error {
	var q ExportQuery
	if err := c.BodyParser(&q); err != nil {
		return err
	}
	// expect: path-traversal
	return c.SendFile(filepath.Join(root, "exports", q.Name))
}

func FiberLocale(c *fiber.Ctx) error {
	lang := c.Get("Accept-Language")
	// expect: path-traversal
	data, err := os.ReadFile(filepath.Join(root, "i18n", lang+".json"))
	if err != nil {
		return c.SendStatus(fiber.StatusNotFound)
	}
	return c.Send(data)
}

var locales = map[string]string{"en": "en.json", "de": "de.json", "fr": "fr.json"}

func FiberLocaleSafe(c *fiber.Ctx) error {
	file, ok := locales[c.Cookies("lang")]
	if !ok {
		file = "en.json"
	}
	// safe: path-traversal
	return c.SendFile(filepath.Join(root, "i18n", file))
}

func Rename(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	from, to := r.PostForm.Get("from"), r.PostForm.Get("to")
	// expect: path-traversal
	os.Rename(filepath.Join(root, from), filepath.Join(root, to))
}
