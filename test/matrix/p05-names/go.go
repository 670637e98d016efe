// p05-names: every spelling of an imported package (alias, dot import) is the same package; a local or another package under the same name is not
package handlers

import (
	crand "crypto/rand"
	exec "example.com/ops/jobs"
	mrand "math/rand"
	web "net/http"
	fs "os"
	osexec "os/exec"
	. "os/exec"
)

type runner struct{}

func (runner) Command(name string, args ...string) *Cmd { return nil }

func Ping(w web.ResponseWriter, r *web.Request) {
	host := r.URL.Query().Get("host")
	// expect: cmdi
	osexec.Command("sh", "-c", "ping -c 1 "+host).Run()
}

func Lookup(w web.ResponseWriter, r *web.Request) {
	host := r.FormValue("host")
	// expect: cmdi
	Command("sh", "-c", "nslookup "+host).Run()
}

func Download(w web.ResponseWriter, r *web.Request) {
	name := r.FormValue("name")
	// expect: path-traversal
	data, _ := fs.ReadFile("/srv/files/" + name)
	w.Write(data)
}

func Queue(w web.ResponseWriter, r *web.Request) {
	job := r.FormValue("job")
	// safe: cmdi
	exec.Command("sh", "-c", "queue "+job)
}

func Shadowed(w web.ResponseWriter, r *web.Request) {
	osexec := runner{}
	job := r.FormValue("job")
	// safe: cmdi
	osexec.Command("sh", "-c", "queue "+job)
}

func NewResetToken() int {
	// expect: weak-random
	return mrand.Intn(1000000)
}

func NewSessionToken() []byte {
	token := make([]byte, 32)
	// safe: weak-random
	crand.Read(token)
	return token
}
