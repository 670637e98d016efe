// The AI-generated region markers are part of the protocol: the client writes them, the scan reads them.
export * from '../../../core/protocol/ai-regions';
