// The product version, injected at build time from package.json (esbuild `define`).
declare const WARDEN_VERSION: string | undefined;
export const VERSION: string = typeof WARDEN_VERSION === 'string' ? WARDEN_VERSION : '0.0.0-dev';
