// class: hardcoded-secret — AI API keys in a JavaScript summarisation helper
const OpenAI = require('openai');
const Anthropic = require('@anthropic-ai/sdk');
const { HfInference } = require('@huggingface/inference');
const { GoogleGenerativeAI } = require('@google/generative-ai');

// expect: hardcoded-secret
const openai = new OpenAI({ apiKey: '{{token:sk-pro|j-3kuh|sXT4g9ePJpmr7d6|5kq2J6wP|3UStEHXUNBNaKzt7|kWW2c50e|E0D33x|6sv7zo|TGquNcqKL|b7T3BlbkFJE|zVNQ6Q|PWmNprIGm|T-KaMV|E5r5Mz|LkjnTj|ZMHTNR0bs|K6Wux2f|7NJrwp|OqckCjCsAa6IAlQ9CO}}' });

// safe: hardcoded-secret
const openaiFromEnv = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// expect: hardcoded-secret
const anthropic = new Anthropic({ apiKey: '{{token:sk-ant-a|pi03-yL|Ln7Wq_I2x3j5MRH|dRKIEQv5kMC0oBm9|UeQ9V|9M4v1AEQ|vLr8bJnq4t|imyoPH7CPg7|3E2Hbxxk2IOga5uI|f1v2N|fk0KMAA}}' });

// safe: hardcoded-secret
const ANTHROPIC_KEY_HINT = 'sk-ant-api03-your-key-here';

// expect: hardcoded-secret
const hf = new HfInference('{{token:hf_XYsOmzDdtNSG|MyHzPfZXZOtevYl|ERjnayZ}}');

// safe: hardcoded-secret
const tokenizer = { token: 'cl100k_base', maxTokens: 4096 };

// expect: hardcoded-secret
const gemini = new GoogleGenerativeAI('{{token:AIzaAUdq|ab-33X_YFJ-UutI|3Vt01VrdAPFWW|xLI}}');

const providers = {
  groq: {
    baseURL: 'https://api.groq.com/openai/v1',
    // expect: hardcoded-secret
    apiKey: '{{token:gsk_WbcVm1Zut|bywpiySPTb|I1wlRUsJnXo|n8WWGo0eFkRFx3xl|WsUSmj}}',
  },
  replicate: {
    baseURL: 'https://api.replicate.com/v1',
    // expect: hardcoded-secret
    apiKey: '{{token:r8_LEj8WOoUvLsq5|0RE3fdF|M47si69T|y3TkFIhzI}}',
  },
  perplexity: {
    baseURL: 'https://api.perplexity.ai',
    // expect: hardcoded-secret
    apiKey: '{{token:pplx-9ugRJv3|MCI85gW|m0WdpqXNT|J0ydHtrg|kgfSAAMgO4lOg|wevM}}',
  },
  local: {
    baseURL: 'http://localhost:11434/v1',
    // safe: hardcoded-secret
    apiKey: 'ollama',
  },
  mistral: {
    baseURL: 'https://api.mistral.ai/v1',
    // safe: hardcoded-secret
    apiKey: process.env.MISTRAL_API_KEY || '<your-mistral-key>',
  },
};

async function summarise(text) {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Summarise:\n${text}` }],
  });
  return res.choices[0].message.content;
}

module.exports = { summarise, openaiFromEnv, anthropic, hf, gemini, providers, tokenizer, ANTHROPIC_KEY_HINT };
