// Warden: Show output — the "Warden" output channel: one line per scan (file, findings or why it
// was skipped, milliseconds) from the language server, and its LSP trace when warden.trace.server is on.

import { languageClient } from '../language-client';
import type { WardenCommand } from './index';

export const showOutputCommand: WardenCommand = {
  id: 'warden.showOutput',
  run() {
    languageClient()?.outputChannel.show(true);
  },
};
