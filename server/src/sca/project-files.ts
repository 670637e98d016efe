// The manifests beside a manifest on disk (its project, for the one-finding-per-package policy),
// read through the one file reader: regular files inside the folder only, size-capped, and any
// that cannot be read simply left out.

import * as fs from 'fs';
import * as path from 'path';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { DEFAULT_MAX_BYTES } from '../../../core/protocol/settings';
import { isManifest } from './index';
import type { ProjectManifests } from './project';

export function projectManifests(manifestPath: string, maxBytes = DEFAULT_MAX_BYTES): ProjectManifests {
  const dir = path.dirname(manifestPath);
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => isManifest(n))
      .sort();
  } catch {
    // No folder (an unsaved document) or not readable: the manifest is its own project.
  }
  return {
    names,
    read(name) {
      const result = readWorkspaceFile(path.join(dir, name), { maxBytes, root: dir });
      return result.ok ? result.text : undefined;
    },
  };
}
