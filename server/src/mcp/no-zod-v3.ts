// Stands in for `zod/v3` and `zod-to-json-schema` in the CLI bundle (esbuild.config.mjs): the MCP
// SDK keeps them for Zod 3 schemas, and every schema Warden and the SDK's protocol types use is
// Zod 4, so they are dead code there (~100 KB the .vsix budget needs). Reaching them would mean a
// Zod 3 schema slipped in: refused loudly rather than misread.

function refuse(): never {
  throw new Error('Zod 3 schemas are not bundled in Warden: write the schema with zod/v4');
}

export const object = refuse;
export const zodToJsonSchema = refuse;
