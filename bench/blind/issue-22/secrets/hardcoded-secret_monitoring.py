# class: hardcoded-secret — monitoring and observability keys in a Python metrics exporter
import os

import requests
import sentry_sdk

# expect: hardcoded-secret
DATADOG_API_KEY = "{{token:b0268|77ce97bdb|36370e727e1|eced0fd}}"
# expect: hardcoded-secret
DATADOG_APP_KEY = "{{token:6db7a5eed|def944efb4000c|e363ed8eb391d|365f}}"

# safe: hardcoded-secret
DATADOG_SITE = "datadoghq.eu"

# expect: hardcoded-secret
NEW_RELIC_USER_KEY = "{{token:NRAK-9902T3|666E9D304SLTW1|CMS4S6U}}"

# safe: hardcoded-secret
NEW_RELIC_ACCOUNT = "3918274"

# expect: hardcoded-secret
SENTRY_AUTH_TOKEN = "{{token:sntrys_eyJpY|XQiOjE3MzMx|MDAwMDAuMSwidX|JsIjoia|HR0cHM6Ly9zZ|W50cnku|aW8iL|CJyZWd|pb25fdXJ|sIjoiaHR0c|HM6Ly91cy5zZW5|0cnku|aW8iLC|JvcmciOiJhY21l|In0_Ssl|TrpKkC|_SqsKtNbQkb|k7dspNE|Jzi0QdKqC|SP3zvN2}}"

# expect: hardcoded-secret
SENTRY_USER_TOKEN = "{{token:sntryu_d66b|bb30555cfd42913|e73d587f3f4bc|f5eeb545b317d|f343fc2194ac3ab|11dd}}"

# safe: hardcoded-secret
SENTRY_TOKEN_SCOPE = "project:releases"

# expect: hardcoded-secret
GRAFANA_SA_TOKEN = "{{token:glsa_l|bf3ifyaguoCQU0z|f7NeFl9l|7tMKYlu1_edd6326b}}"

# expect: hardcoded-secret
GRAFANA_CLOUD_TOKEN = "{{token:glc_jHEsm47mxjiD|RaJDY|8MOIA|CTbj5b|9nlAoPFrd7|CGSBxVW7quc|wQjAqFQyjV|dN=5J|OX9AkeYvlWRd|g6Pl}}"

# expect: hardcoded-secret
DYNATRACE_TOKEN = "{{token:dt0c01.9QRW|XZB04MVI2MX|1SDHRDT|PR.VH0HZA|GZI3FKBZA0Q2|YCPUDG38KUUGZD6|JI8O0W|ES27A1GITWVZX7N4|OFOVI8Z0M}}"

# safe: hardcoded-secret
PAGERDUTY_ROUTING_KEY = os.getenv("PAGERDUTY_ROUTING_KEY")

# expect: hardcoded-secret
HONEYCOMB_API_KEY = "{{token:hcaik_01j8zq3v5w7x|9y2b4d6f8h0k2m4p6r8t0v2x4z6b8d0f2h4k6m8p0}}"


def init_tracing():
    sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.2)


def push_metric(name: str, value: float):
    requests.post(
        "https://api.datadoghq.eu/api/v2/series",
        headers={"DD-API-KEY": DATADOG_API_KEY, "DD-APPLICATION-KEY": DATADOG_APP_KEY},
        json={"series": [{"metric": name, "points": [{"value": value}]}]},
        timeout=5,
    )


def page(summary: str):
    requests.post(
        "https://events.pagerduty.com/v2/enqueue",
        json={"routing_key": PAGERDUTY_ROUTING_KEY, "event_action": "trigger", "payload": {"summary": summary}},
        timeout=5,
    )
