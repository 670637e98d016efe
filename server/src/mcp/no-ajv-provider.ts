// Stands in for the MCP SDK's validation/ajv-provider.js in the bundles (esbuild.config.mjs): ajv
// compiles JSON schemas with new Function, and Warden ships no dynamic code. Warden's MCP server
// passes its own validator, so this class is never constructed; if it were, it would refuse.

export class AjvJsonSchemaValidator {
  getValidator(): never {
    throw new Error('JSON schema validation with ajv is not bundled in Warden');
  }
}
