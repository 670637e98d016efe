// construct: values returned by same-file helpers, through a chain deeper than three calls
package matrix

import (
	"net/http"
	"os/exec"
)

func one(v string) string { return two(v) }

func two(v string) string { return three(v) }

func three(v string) string { return four(v) }

func four(v string) string { return "ls " + v }

func fixedOne(v string) string { return fixedTwo(v) }

func fixedTwo(v string) string { return fixedThree(v) }

func fixedThree(v string) string { return fixedFour(v) }

func fixedFour(v string) string { return "uptime" }

func deep(w http.ResponseWriter, r *http.Request) {
	// expect: cmdi
	exec.Command("sh", "-c", one(r.URL.Query().Get("dir"))).Run()
}

func deepConstant(w http.ResponseWriter, r *http.Request) {
	// safe: cmdi
	exec.Command("sh", "-c", fixedOne(r.URL.Query().Get("dir"))).Run()
}
