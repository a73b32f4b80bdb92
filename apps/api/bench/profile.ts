/**
 * CPU profiles of the bench server: taken over IPC while a hot read is under load
 * (`npm run bench -- --profile`), written as `.cpuprofile` files (open them in Chrome's DevTools
 * or speedscope for the flame graph) and summarised here as self time by package or source file.
 */
import { Session } from 'node:inspector';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

/** Starts profiling this process; the returned function stops and hands back the profile. */
export function startProfiling(): Promise<() => Promise<CpuProfile>> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) =>
        error ? reject(error) : resolve(result as T),
      ),
    );
  return (async () => {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    return async () => {
      const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
      session.disconnect();
      return profile;
    };
  })();
}

/** Where a function lives: a package, a source file of kyoso, Node itself, or the engine. */
function categoryOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    return functionName.startsWith('(') ? functionName : '(native)';
  }
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) {
    return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  }
  const source = /\/(apps\/[^/]+\/(?:src|bench)\/.*|packages\/[^/]+\/src\/.*)$/.exec(url);
  return source ? source[1]! : url;
}

export type ProfileSummary = {
  totalMs: number;
  byCategory: Array<{ name: string; ms: number; share: number }>;
  byFunction: Array<{ name: string; ms: number; share: number }>;
};

/** Self time by category and by function, largest first, idle time left out. */
export function summarise(profile: CpuProfile, top = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') {
      continue;
    }
    total += ms;
    const category = categoryOf(frame);
    byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
    const name = `${frame.functionName || '(anonymous)'} (${category}${frame.url ? `:${frame.lineNumber + 1}` : ''})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({
        name,
        ms: Math.round(ms),
        share: Math.round((ms / Math.max(1, total)) * 1000) / 10,
      }));
  return { totalMs: Math.round(total), byCategory: rank(byCategory), byFunction: rank(byFunction) };
}
