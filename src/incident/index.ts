export { registerIncidentCommands } from './commands.js';
export { verifyPacketTextIfPacket } from './packet-verify.js';
