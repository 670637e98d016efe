// class: hardcoded-secret — LLM provider keys in a JavaScript model router, with model ids and env lookups as near-misses
const PROVIDERS = {
  xai: {
    url: 'https://api.x.ai/v1/chat/completions',
    // expect: hardcoded-secret
    key: '{{token:xai-5zo|EauZaLu4uCsR|6srVzNzY|s0f5xNS|HamkXTklBs|vSJ2nVYtD|bcs9cbVX|FckbZRMOfGK|xinY2|aqshKcA}}',
  },
  openrouter: {
    url: 'https://openrouter.ai/api/v1/chat/completions',
    // expect: hardcoded-secret
    key: '{{token:sk-or-v1-0|332e2a|3fb81564267|3df0f|09e2e454e0248|d6a97f|9eb727|8e4317|8b4e4e|0f52}}',
  },
  elevenlabs: {
    url: 'https://api.elevenlabs.io/v1/text-to-speech',
    // expect: hardcoded-secret
    key: '{{token:sk_de6604cf3a8|d75df3e927fc|3d80477d872c6|29112aaa|7064}}',
  },
  together: {
    url: 'https://api.together.xyz/v1/chat/completions',
    // safe: hardcoded-secret
    key: process.env.TOGETHER_API_KEY,
  },
};

// expect: hardcoded-secret
const LANGSMITH_API_KEY = '{{token:lsv2_pt_92a2|fd1b1|7e59d7b|0e8f6b1f73|3265f5_704|93ca29a}}';

// expect: hardcoded-secret
const PINECONE_API_KEY = '{{token:pcsk_KfKBxB_s|lMtcE03DTSBL74|vnP659y2DxlHc4j|dlcpP7FJfoDjIos|KwZoLTXngPSdA|do7BJ}}';

// safe: hardcoded-secret
const PINECONE_INDEX = 'support-articles-v3';

async function complete(provider, model, prompt) {
  const p = PROVIDERS[provider];
  const res = await fetch(p.url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${p.key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: prompt }] }),
  });
  return res.json();
}

module.exports = { complete, LANGSMITH_API_KEY, PINECONE_API_KEY, PINECONE_INDEX };
