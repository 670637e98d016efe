// Configuration files Warden reads for secrets (issue 22): `.env`, YAML, JSON, `.properties`, TOML,
// shell scripts, Dockerfiles and docker-compose files. They are scanned line by line, outside
// tree-sitter (server/src/engine/config-secrets.ts); the CLI walk, the workspace listing and the
// editor take them from this one list.

const CONFIG_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.properties', '.toml', '.sh', '.bash', '.env']);

/** The comment marker of a config file's lines (JSON has none). */
export function configCommentOf(file: string): string | undefined {
  return /\.json$/i.test(file) ? undefined : '#';
}

/** Whether `file` (a path or a base name) is a config file scanned for secrets. */
export function isConfigFile(file: string): boolean {
  const base = file.split(/[\\/]/).pop() ?? file;
  if (/^\.env(\..+)?$/.test(base) || /^Dockerfile(\..+)?$/.test(base) || /\.dockerfile$/i.test(base)) return true;
  const dot = base.lastIndexOf('.');
  return dot > 0 && CONFIG_EXTENSIONS.has(base.slice(dot).toLowerCase());
}

/**
 * Editor language ids of config files that Warden activates on (package.json activationEvents);
 * YAML, JSON and shell files are matched by the file patterns below instead, so Warden does not
 * start for every YAML or JSON file opened.
 */
export const CONFIG_EDITOR_LANGUAGES = ['dotenv', 'properties', 'toml', 'dockerfile', 'dockercompose'];

/** File patterns of those files, for editors whose language id for them is unknown (`.env`). */
export const CONFIG_FILE_PATTERNS = [
  '**/.env',
  '**/.env.*',
  '**/*.{yaml,yml,json,properties,toml,sh,bash,env}',
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.dockerfile',
];
