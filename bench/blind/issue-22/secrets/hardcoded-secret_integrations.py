# class: hardcoded-secret — third-party integration keys in a Python back-office service (shipping, CMS, social, payments)
import os

import httpx

# expect: hardcoded-secret
SHIPPO_TOKEN = "{{token:shippo_live_fb|395cb1b|ebb25|19695dc|da57030e5c|bc80ed696}}"
# expect: hardcoded-secret
EASYPOST_API_KEY = "{{token:EZAK0a90e3bcd0|8776f7629bfbefa|0039f21|210a5a44cff22|a0e506f12}}"
# expect: hardcoded-secret
DUFFEL_TOKEN = "{{token:duffel_liv|e_qMcxPrBUeG|Wf5ECITnAuNN|TqWP3Dev|oyuwrmBU|ivzTH}}"
# expect: hardcoded-secret
FLUTTERWAVE_SECRET_KEY = "{{token:FLWSECK-02c1cd|86d9ff|b22bdb4d0|82ae4d|6f1f5-X}}"
# expect: hardcoded-secret
MOLLIE_API_KEY = "{{token:live_p5|4TUQk4CmZ9qXr|5EBBZasX20R|AwYn}}"
# expect: hardcoded-secret
SQUARE_APP_SECRET = "{{token:sq0csp-LirJR|mPZ92Ay2MMe10|w_F3_8|qMi3Qjw1MQ|XqgFDDJED}}"
# expect: hardcoded-secret
SHOPIFY_SHARED_SECRET = "{{token:shpss|_7655|0c695f0c2b600|4322029|15a76d7d}}"
# expect: hardcoded-secret
LOB_API_KEY = "{{token:live_4640a0bc|825e82d449|3f3f792f|1bdaed|68f}}"

# safe: hardcoded-secret
SHIPPO_TOKEN_DOCS = "shippo_live_<your-token>"

# expect: hardcoded-secret
CONTENTFUL_MANAGEMENT_TOKEN = "{{token:CFPAT-0rG7sf3X|9jfWysP3z|AGrf_wYQqFL_di|5cqfAI|4Mymgl}}"
# expect: hardcoded-secret
TYPEFORM_TOKEN = "{{token:tfp_fVy2gfdG|W7lrqFsA|4xjMVp96spk|EKb3Mf8|6urSn5bd|aX_MUU1|f33PWHX5cr}}"
# expect: hardcoded-secret
README_API_KEY = "{{token:rdme_27|bc0d13|cfd2fda24206|75b2f2bb5b756|e3b97e6091769d|67446e|9cd5a49672|b2f3ef4}}"
# expect: hardcoded-secret
META_PAGE_ACCESS_TOKEN = "{{token:EAAGOzarkKwz7|3pYWFwrmxDn|5Ma6Up|1hY66Xhi86jLZtVA|f7WQbNq8cjIrcW7C|cgxn2c|6gTud4dZhA|90xqK8y9|xdOViyeBf3c|X1FaFrmFmA|5gtqBOkQ7ba3l|Id7Q0|DtdND|6ocyVtggBa|twpzo6xJo4U|N0Pj4a4SVLp1|PHpKgc|PwKwmbsJb|V0YqEg}}"
# expect: hardcoded-secret
TWITTER_BEARER_TOKEN = "{{token:AAAAAAAAAAA|AAAAAAAA|AAfA9EE6wLLwIovm|XmVw4R%3DggRjzG|t3v1ifGz|7uI7vAK4Posy|HKzxc|2R7GeGWscG0kLAEs|CX9}}"
# expect: hardcoded-secret
DROPBOX_ACCESS_TOKEN = "{{token:sl.XIiicIFg|TRQwkXpHJjP|Rk7pMDpMUjq|6SEigSHKHk4fIn5m|fbKOy96s|9l9CvMlK-x53a-H|0-1Ni8V_m4j6Dhf|MwrDbTcsCTRGsl0J|24f72|vh_fje--f6qT7buO|AmsJpyVeQATBagh}}"

# safe: hardcoded-secret
DROPBOX_APP_KEY = os.getenv("DROPBOX_APP_KEY", "")

# expect: hardcoded-secret
PREFECT_API_KEY = "{{token:pnu_GR|Hufkrzgn|XY4r0nnVLsl|sPgU6EJilrz|CDDp}}"
# expect: hardcoded-secret
INFRACOST_API_KEY = "{{token:ico-29MEfiW9L0s|RMxHg9s|n8o9OJZ5KnK|qtC}}"
# expect: hardcoded-secret
OCTOPUS_API_KEY = "{{token:API-2C6K0Q4JG3|9C17G|U39RPAV1|DUC}}"
# expect: hardcoded-secret
CLOUDFLARE_ORIGIN_CA_KEY = "{{token:v1.0-cf0b2|403fd5fbaee9|6255d16-2b8a|cfde207d7e847|b944b818|9dec0892660e5295|676f0aa0621877|64df5d25|0a19aacdd6f|4c31ffa12b337e6|2cabb5a|5fa17bb|e1f8904e88|1a7edcbbfb|336970fdbdf|b1ce0|161278b}}"
# expect: hardcoded-secret
SOURCEGRAPH_TOKEN = "{{token:sgp_6090d739|11d93786a|2e46c3|bda1584c36f2d2039}}"
# expect: hardcoded-secret
LAUNCHDARKLY_API_TOKEN = "{{token:api-b376|f4c5-ce30-45ea|-b36b-010c2|08656c2}}"
# expect: hardcoded-secret
ADAFRUIT_IO_KEY = "{{token:aio_HsLQUMph|8Q0KJhrc|ELRyFcX|lY2XJ}}"
# expect: hardcoded-secret
GITHUB_USER_TO_SERVER = "{{token:ghu_4ar|SUlIAH|xeunyeX|CTnweH1a|VJGuj|gaRJUpT}}"
# expect: hardcoded-secret
GITHUB_REFRESH_TOKEN = "{{token:ghr_blZbf4c8|bi0d4VEfbqYT|i4ZBqDqyqN8|AbAVU}}"
# expect: hardcoded-secret
GITLAB_DEPLOY_TOKEN = "{{token:gldt-Zpz|eIESb1qFU_Fgwq|npl}}"
# expect: hardcoded-secret
SLACK_USER_TOKEN = "{{token:xoxp-057|778138075|-71069670|8746-86124409388|88-7440b922|7e8c2|e0aca9fd8e74|f94559e}}"
# expect: hardcoded-secret
VAULT_BATCH_TOKEN = "{{token:hvb.WuGLKyEztG|WcL9a|3YJEiGz599e|HvsdIfjkdyJWms|nWwu2bWQ2|crvvh8jo|_zwxXLa6wof|y1Y0lvd|veJTBiMSPvC|MBmoS8kSfmxDFE0z|2Lv43j|DXJtI4EOddFPF|EInWuglv1}}"
# expect: hardcoded-secret
DOPPLER_PERSONAL_TOKEN = "{{token:dp.pt|.RHvN|RSJ9pi1CCX1BhdL|na2Y4S6H|s1tZV|LMxcZHGDpHg}}"
# expect: hardcoded-secret
NEW_RELIC_INGEST_KEY = "{{token:NRII-Jax4o4N8|5HcLIZD2vOvL9Z|3dpoNI9h-p}}"

# safe: hardcoded-secret
NEW_RELIC_LICENSE_KEY_HINT = "NRII-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


def create_label(shipment: dict) -> dict:
    resp = httpx.post(
        "https://api.goshippo.com/transactions/",
        headers={"Authorization": f"ShippoToken {SHIPPO_TOKEN}"},
        json=shipment,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
