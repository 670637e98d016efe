// The running language client, for commands that talk to the server.

import type { LanguageClient } from 'vscode-languageclient/node';

let current: LanguageClient | undefined;

export function setLanguageClient(client: LanguageClient | undefined): void {
  current = client;
}

export function languageClient(): LanguageClient | undefined {
  return current;
}
