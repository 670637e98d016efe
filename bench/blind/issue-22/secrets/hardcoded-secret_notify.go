// class: hardcoded-secret — messaging provider tokens in a Go notification service
package notify

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
)

const (
	// expect: hardcoded-secret
	slackBotToken = "{{token:xoxb-5500296|07383-35|51172308998-i|s8bYXzHpJ7UJHDj|8nl8VmvN}}"

	// safe: hardcoded-secret
	slackChannel = "C04QJ7ZB1TX"

	// expect: hardcoded-secret
	slackWebhook = "{{token:https:|//hooks.sl|ack.com/servic|es/T76BIES|HC/BPT|OZ9BFYY3|/Jmo1P|1iyCos|a9Gg6F6|zaKZUN}}"

	// safe: hardcoded-secret
	slackTokenDocs = "xoxb-your-bot-token-here"

	// expect: hardcoded-secret
	sendgridKey = "{{token:SG.8JYE-hJY9|_YV4M8y4iW|e4R._MXYWjzd|u7UXaXY|M_EFm5VQx|fcOWApusZXVpbaI|7Nza}}"

	// safe: hardcoded-secret
	sendgridTemplate = "d-5f1c8a2e9b7d4e6f8a0b1c2d3e4f5a6b"

	// expect: hardcoded-secret
	telegramBot = "{{token:872534865|4:AAjd6T47RmBI2q|7KoSelU|w5Qc9|0ayzOp|1Ax}}"
)

type Notifier struct {
	TwilioSID   string
	TwilioToken string
	MailgunKey  string
	client      *http.Client
}

func New() *Notifier {
	return &Notifier{
		// safe: hardcoded-secret
		TwilioSID: os.Getenv("TWILIO_ACCOUNT_SID"),

		// expect: hardcoded-secret
		TwilioToken: "{{token:f74c16|9f5956d6277b76b|c8613897130}}",

		// expect: hardcoded-secret
		MailgunKey: "{{token:key-166aa5ab0f|a2930|707c12c2|be1020aa2}}",
		client:     http.DefaultClient,
	}
}

func (n *Notifier) SMS(to, body string) error {
	form := url.Values{"To": {to}, "From": {"+15005550006"}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+n.TwilioSID+"/Messages.json", strings.NewReader(form.Encode()))
	// expect: hardcoded-secret
	req.SetBasicAuth("{{token:SK627b1|2778486|20b5eae43b71cd0|de5a0}}", "{{token:7a61e1e0825f06cc|14bb7089ec|660d04}}")
	_, err := n.client.Do(req)
	return err
}

func (n *Notifier) Discord(msg string) error {
	// expect: hardcoded-secret
	hook := "{{token:https|://discord.co|m/api/webhoo|ks/71779989073|91099232/E|moPOUuqhr-a|fsjVCyCJKntGMJ|YN-cOGJX2NN1|kun0fd68MGK|jLDtsHRuQZ|0gCjKK|La_}}"
	_, err := n.client.Post(hook, "application/json", bytes.NewBufferString(fmt.Sprintf(`{"content":%q}`, msg)))
	return err
}

func (n *Notifier) Teams(msg string) error {
	// expect: hardcoded-secret
	hook := "{{token:https://c|ontoso|.webho|ok.office.com|/webhookb|2/79834|567-54d9-40a9-|8120-0641dde|3f01d@0c|5f3eee-f0a2-4506|-8f79-ad21|397054f0/Inco|mingWebhook/945|3be15b04a|4ba8a591955f80e2|71c1/6|af0ecf|c-5bf5-4dff-b|91c-8|3e29c9aa|48b}}"
	_, err := n.client.Post(hook, "application/json", bytes.NewBufferString(fmt.Sprintf(`{"text":%q}`, msg)))
	return err
}

func (n *Notifier) Slack(msg string) error {
	req, _ := http.NewRequest("POST", "https://slack.com/api/chat.postMessage", strings.NewReader("channel="+slackChannel+"&text="+url.QueryEscape(msg)))
	// safe: hardcoded-secret
	req.Header.Set("Authorization", "Bearer "+os.Getenv("SLACK_BOT_TOKEN"))
	_, err := n.client.Do(req)
	_ = slackBotToken + slackWebhook + slackTokenDocs + sendgridKey + sendgridTemplate + telegramBot
	return err
}
