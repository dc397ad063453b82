// Which gateway the gateway driver starts, as given on the command line or in the action's
// `gateway` input. Kept apart from the driver so the entry points can check it without loading
// the probe stage.

import type { GatewayKind } from '../../observations/index.js';

export type { GatewayKind };

export interface GatewaySpec {
  kind: GatewayKind;
  /** For `command`: the template, with {port} and {config}. */
  template?: string;
}

/** `portkey`, `litellm`, or a command template holding {port} and {config}. */
export function parseGatewaySpec(value: string): GatewaySpec | { error: string } {
  const trimmed = value.trim();
  if (trimmed === 'portkey' || trimmed === 'litellm') return { kind: trimmed };
  if (!trimmed.includes('{port}') || !trimmed.includes('{config}')) {
    return {
      error: `gateway "${trimmed.slice(0, 80)}" is neither portkey, litellm nor a command template with {port} and {config} (for example: "my-gateway --config {config} --port {port}")`,
    };
  }
  return { kind: 'command', template: trimmed };
}
