// Credentials in a provider's documented token format (policy.md "Secrets"): these keep their
// severity in every code kind, test code included, because a real key in a test file is as leaked
// as one anywhere else. One list for every language; the secret rules of each language still carry
// their own copy of these formats in their YAML (to be replaced by this list with issue 22).

const FORMATS = [
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, // AWS access key id
  /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----(\\n|\s)+[A-Za-z0-9+/=]{16,}/, // a key block with a body
  /\bgh[pousr]_[A-Za-z0-9]{36}\b/, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{40,}/, // GitHub fine-grained token
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/, // Slack
  /\b[sr]k_live_[A-Za-z0-9]{16,}/, // Stripe live keys
  /\bAIza[0-9A-Za-z_-]{35}\b/, // Google API key
  /\bsk-(proj-)?[A-Za-z0-9_-]{32,}/, // OpenAI
  /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, // SendGrid
  /\bglpat-[A-Za-z0-9_-]{20}\b/, // GitLab personal access token
];

/** Whether the text holds a credential in a provider's documented format. */
export function hasProviderToken(text: string): boolean {
  return FORMATS.some((format) => format.test(text));
}
