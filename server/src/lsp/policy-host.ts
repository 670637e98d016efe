// The team policy in the editor: `.warden/policy.yaml` of the workspace folder holding a document,
// read only in a trusted workspace (as the workspace's custom rules are), re-read when it changes
// (the file is small; its modification time and size decide). A malformed file is reported once
// per distinct error and the built-in defaults (no boundary) apply.

import * as fs from 'fs';
import * as path from 'path';
import { readWorkspaceFile } from '../../../core/io/read-file';
import {
  DEFAULT_POLICY,
  formatPolicyError,
  MAX_POLICY_BYTES,
  parsePolicy,
  POLICY_FILE,
} from '../../../core/policy/parse';
import type { Policy } from '../../../core/policy/parse';
import type { Finding } from '../engine';
import { policyFindings } from '../policy/findings';

interface Cached {
  stamp: string;
  policy: Policy;
}

export class PolicyHost {
  private cache = new Map<string, Cached>();
  private reported = new Set<string>();

  constructor(
    private readonly workspace: { trusted: boolean; folders: string[] },
    private readonly warn: (message: string) => void,
  ) {}

  private folderOf(file: string): string | undefined {
    return this.workspace.folders
      .filter((f) => {
        const rel = path.relative(f, file);
        return !rel.startsWith('..') && !path.isAbsolute(rel);
      })
      .sort((a, b) => b.length - a.length)[0];
  }

  private policyOf(folder: string): Policy | undefined {
    const file = path.join(folder, POLICY_FILE);
    let stamp: string;
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return undefined;
    }
    const cached = this.cache.get(folder);
    if (cached?.stamp === stamp) return cached.policy;
    const read = readWorkspaceFile(file, { maxBytes: MAX_POLICY_BYTES, root: folder });
    const loaded = read.ok
      ? parsePolicy(read.text, POLICY_FILE)
      : { policy: DEFAULT_POLICY, error: { file: POLICY_FILE, line: 1, message: `not read (${read.detail})` } };
    if (loaded.error) {
      const message = `Warden: ${formatPolicyError(loaded.error)}`;
      if (!this.reported.has(message)) this.warn(message);
      this.reported.add(message);
    }
    this.cache.set(folder, { stamp, policy: loaded.policy });
    return loaded.policy;
  }

  /** Boundary violations of a document, or none outside a trusted workspace or without a policy. */
  findings(file: string, text: string): Finding[] {
    if (!this.workspace.trusted) return [];
    const folder = this.folderOf(file);
    const policy = folder && this.policyOf(folder);
    if (!policy || policy.boundaries.length === 0) return [];
    return policyFindings(policy, file, path.relative(folder, file).split(path.sep).join('/'), text);
  }
}
