// Warden's settings as the server sees them: declared once in package.json
// (contributes.configuration), typed with their defaults in core/protocol, cached per document by
// the server.

export { DEFAULT_SETTINGS, normalizeSettings } from '../../../core/protocol/settings';
export type { WardenSettings } from '../../../core/protocol/settings';
