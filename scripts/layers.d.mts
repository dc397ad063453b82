// Types of scripts/layers.mjs, for the tests that read it.
export declare const LAYERS: Record<string, readonly string[]>;
export declare function reachable(
  folder: string,
  layers?: Record<string, readonly string[]>,
): string[];
export declare function layerDiagram(layers?: Record<string, readonly string[]>): string;
export declare function withDiagram(readme: string): string | null;
