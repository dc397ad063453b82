export { mergeFacts, readNote } from './facts.js';
export type { RecordFacts } from './facts.js';
export { readLogFile } from './log-read.js';
export type { LogFormat, ParsedLog } from './log-types.js';
export { buildPacket, renderPacketJson, renderPacketMarkdown } from './packet.js';
export { PACKET_SCHEMA_VERSION } from './packet-schema.js';
export { verifyPacketText } from './packet-verify.js';
export { buildRecordedEntry } from './record-entry.js';
export { renderTrendMermaid, renderTrendTable, trendRows } from './trend.js';
