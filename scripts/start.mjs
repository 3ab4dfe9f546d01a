// `npm start`: runs the built server; it never builds. Without a build it says so in one line and
// stops, rather than starting a stale or half-built app.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = `${root}dist/server/main.js`;
if (![server, `${root}dist/web/index.html`].every((path) => existsSync(path))) {
  console.error('Belum dibangun: jalankan `npm run build` dulu. / Not built yet: run `npm run build` first.');
  process.exit(1);
}
// Stack traces then name the src/ files the bundle came from.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(server).href);
