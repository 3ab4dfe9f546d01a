// Bundles the server once into dist/server/main.js, so `npm start` runs plain Node without compiling
// TypeScript on every start. Packages stay external (node_modules as installed): only our own code is
// bundled. The bundle sits two folders below the project root, as src/server/config.ts does, so the
// paths it reads at run time (migrations/, seed/, package.json, dist/web) resolve the same.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/server`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/server/main.ts'],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('server built: dist/server/main.js');
