// Summarises a V8 CPU profile (.cpuprofile, as BENCH_PROFILE writes): self time by function and by
// package or project folder, so the heaviest parts of a request stand out without a browser.
// Usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [rows]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives: its npm package, or the project folder it is in. */
function placeOf(url: string): string {
  if (!url) return '(native)';
  const packagePath = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (packagePath?.[1]) return packagePath[1];
  const project = url.match(/\/(src\/[^/]+\/[^/]+|bench)\//);
  if (project?.[1]) return project[1];
  return url.startsWith('node:') ? url : '(other)';
}

function summarise(file: string, rows: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByFunction = new Map<string, number>();
  const selfByPlace = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + micros);
    const place = placeOf(url);
    selfByPlace.set(place, (selfByPlace.get(place) ?? 0) + micros);
  });
  const top = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([name, micros]) => ({
        name,
        ms: Math.round(micros / 1000),
        share: `${((100 * micros) / total).toFixed(1)}%`,
      }));
  console.log(`busy ${Math.round(total / 1000)} ms`);
  console.table(top(selfByPlace));
  console.table(top(selfByFunction));
}

const [file, rows] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [rows]');
summarise(file, Number(rows ?? 30));
