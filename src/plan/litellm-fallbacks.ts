import { closest, ConfigError, type YamlSource } from '../common/index.js';
import type {
  Chain,
  Finding,
  RetryLayer,
  RetryPolicy,
  SourcePosition,
  Target,
} from '../routing/index.js';
import type { ModelGroups } from './litellm-routes.js';
import { type Settings, settingPath } from './litellm-schema.js';

// Fallback lists: where the router reads them, and how a model group followed through its
// fallbacks becomes a chain (the counting is explained in litellm.ts).

export interface FallbackLists {
  /** Each group's own fallbacks ("*" for the generic ones), with where they were written. */
  of: Map<string, { groups: string[]; path: (string | number)[] }>;
  /** default_fallbacks, for a group without a list of its own. */
  defaults: string[];
  defaultsPath: (string | number)[];
}

/**
 * Fallback lists, checked against the model groups, keeping where each was written. The
 * Router takes router_settings' list when it has one, else litellm_settings' (a whole list,
 * never a merge); a "*" entry is the generic fallback for groups without their own.
 */
export function readFallbacks(
  source: YamlSource,
  router: Settings,
  globals: Settings,
  groups: ModelGroups['groups'],
): FallbackLists {
  const checkGroup = (name: string, path: (string | number)[], keyPath = false): void => {
    if (groups.has(name)) return;
    const guess = closest(name, [...groups.keys()]);
    throw new ConfigError(
      keyPath ? source.keyPositionOf(path) : source.positionOf(path),
      `model group "${name}" is not defined in model_list`,
      guess ? `did you mean "${guess}"?` : `use one of: ${[...groups.keys()].join(', ')}`,
    );
  };

  const fallbacksOf = new Map<string, { groups: string[]; path: (string | number)[] }>();
  const fallbackKeys = [
    'fallbacks',
    'context_window_fallbacks',
    'content_policy_fallbacks',
  ] as const;
  for (const key of fallbackKeys) {
    const effective = (router[key]?.length ?? 0) > 0 ? 'router_settings' : 'litellm_settings';
    for (const section of ['router_settings', 'litellm_settings'] as const) {
      const list = (section === 'router_settings' ? router : globals)[key] ?? [];
      list.forEach((entry, i) => {
        for (const [from, to] of Object.entries(entry)) {
          if (from !== '*') checkGroup(from, [section, key, i, from], true);
          to.forEach((g, j) => checkGroup(g, [section, key, i, from, j]));
          if (key === 'fallbacks' && section === effective && !fallbacksOf.has(from)) {
            fallbacksOf.set(from, { groups: to, path: [section, key, i, from] });
          }
        }
      });
    }
  }
  const defaults = router.default_fallbacks ?? globals.default_fallbacks ?? [];
  const defaultsPath = settingPath(router, 'default_fallbacks');
  defaults.forEach((g, j) => checkGroup(g, [...defaultsPath, j]));
  return { of: fallbacksOf, defaults, defaultsPath };
}

/** One chain per model group: the group, then its fallbacks, each followed in turn. */
export function groupChains(
  source: YamlSource,
  groups: ModelGroups['groups'],
  fallbacks: FallbackLists,
  policyFor: (group: string) => RetryPolicy,
  maxFallbacks: number,
  readFindings: Finding[],
): Chain[] {
  const at = (path: PropertyKey[]): SourcePosition => source.positionOf(path);
  const groupTarget = (group: string, position: SourcePosition): Target => {
    const members = groups.get(group)?.routes ?? [];
    const retry = policyFor(group);
    const first = members[0];
    if (members.length === 1 && first) {
      return { kind: 'route', route: first.name, retry, at: position };
    }
    return {
      kind: 'loadbalance',
      targets: members.map((r) => ({ kind: 'route', route: r.name, retry: null, at: r.at })),
      retry,
      at: position,
    };
  };

  // A group, then its fallbacks in order, each followed into its own fallbacks, as LiteLLM's
  // fallback handler re-enters itself with one more hop counted per fallback tried.
  const expand = (
    group: string,
    depth: number,
    path: string[],
    position: SourcePosition,
  ): Target => {
    const own = groupTarget(group, position);
    const specific = fallbacks.of.get(group) ?? fallbacks.of.get('*');
    const list = specific?.groups ?? fallbacks.defaults;
    const listPath = specific?.path ?? fallbacks.defaultsPath;
    if (list.length === 0 || depth >= maxFallbacks) return own;
    const children: Target[] = [own];
    let hop = depth;
    list.forEach((next, j) => {
      if (next === group) return;
      const nextPosition = at([...listPath, j]);
      if (path.includes(next)) {
        readFindings.push({
          id: 'route_cycle',
          severity: 'error',
          message: `fallbacks form a cycle: ${[...path, next].join(' → ')}`,
          fix: `remove "${next}" from the fallbacks of "${group}"; a cycle re-sends failed requests to a group that already failed`,
          at: nextPosition,
        });
        return;
      }
      hop++;
      children.push(expand(next, hop, [...path, next], nextPosition));
    });
    return children.length === 1
      ? own
      : { kind: 'fallback', targets: children, retry: null, at: position };
  };

  // A client layer (--client-retries) is added by the loader, the same way for every format.
  const layers: RetryLayer[] = [];
  return [...groups.entries()].map(([group, { index }]) => {
    const position = at(['model_list', index]);
    return { name: group, layers, target: expand(group, 0, [group], position), at: position };
  });
}
