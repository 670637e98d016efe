package files

import (
	"path/filepath"

	"github.com/gofiber/fiber/v2"
)

func download(c *fiber.Ctx) error {
	// expect: path-traversal
	return c.Download(filepath.Join("/srv/exports", c.Query("name")))
}

func avatar(c *fiber.Ctx) error {
	// expect: path-traversal
	return c.SendFile("./avatars/" + c.Params("user") + ".png")
}

func avatarSafe(c *fiber.Ctx) error {
	// safe: path-traversal
	return c.SendFile(filepath.Join("./avatars", filepath.Base(c.Params("user"))+".png"))
}
