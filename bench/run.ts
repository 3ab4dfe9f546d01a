// npm run bench -- <name>: runs bench/<name>.ts, prints its table and writes bench/results/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error('usage: npm run bench -- <name>   (e.g. intake)');
  process.exit(2);
}
const module = (await import(`./${name}.ts`)) as { run: () => Promise<Record<string, unknown>> };
const result = await module.run();
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/${name}.json`, import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`,
);
console.log(`written ${file.pathname}`);
process.exit(0);
