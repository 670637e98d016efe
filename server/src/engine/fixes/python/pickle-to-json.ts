// pickle.loads(data) → json.loads(data): review, since the producer must write JSON too.

import { captureFixer } from '../replace-capture';

export const pickleToJsonFixer = captureFixer('py-pickle-to-json', 'review', {
  replace: 'mod',
  with: 'json',
  import: 'import json',
  title: 'Parse the data as JSON instead of unpickling it',
});
