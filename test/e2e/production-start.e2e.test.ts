import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, tempDataDir } from './server-process';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs a command to its end; resolves with its exit code and everything it printed. */
function run(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

// `npm start` as production runs it: the bundle in dist/server under plain Node, no tsx, no build.
describe('production start from the build', () => {
  const dataDir = tempDataDir();
  let url = '';
  let server: ReturnType<typeof run>;

  beforeAll(async () => {
    // The server bundle of the code as it is now (a second); the web build only when absent.
    execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'pipe' });
    if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
      execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    }
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = run(['scripts/start.mjs'], {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '0',
      LOG_LEVEL: 'warn',
    });
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output()}`);
      const ok = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers health and readiness, and serves the web app, from dist/', async () => {
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    const ready = await fetch(`${url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: 'ok', migrations: 'ok' });
    const page = await fetch(`${url}/dumai`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // The seed files were found from the bundle: the four offices are there.
    expect((await (await fetch(`${url}/api/v1/offices`)).json()).items).toHaveLength(4);
  });

  it('stops cleanly on SIGTERM', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses to start without a build, in one line', async () => {
    // The launcher in a copy of the project with nothing built.
    const bare = tempDataDir();
    mkdirSync(join(bare, 'scripts'));
    cpSync(join(ROOT, 'scripts/start.mjs'), join(bare, 'scripts/start.mjs'));
    const launcher = run(['scripts/start.mjs'], {}, bare);
    expect(await launcher.exited).toBe(1);
    expect(launcher.output().trim()).toBe(
      'Belum dibangun: jalankan `npm run build` dulu. / Not built yet: run `npm run build` first.',
    );
    rmSync(bare, { recursive: true, force: true });
  });
});
