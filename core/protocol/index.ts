// The contract between Warden's client and server (and every other front end): request names and
// types, settings and defaults, language ids, vulnerability classes, suppression markers. Pure data
// and functions: no vscode, no LSP.

export * from './ai-regions';
export * from './classes';
export * from './languages';
export * from './requests';
export * from './settings';
export * from './suppressions';
