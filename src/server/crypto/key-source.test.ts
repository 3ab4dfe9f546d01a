import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  KeySetupError,
  loadKeyMaterial,
  newKeyFile,
  parseKeyList,
  readKeySettings,
  writeKeyFile,
} from './key-source';

const dir = mkdtempSync(join(tmpdir(), 'satu-atap-key-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const b64 = () => randomBytes(32).toString('base64');

describe('where the keys come from', () => {
  it('reads the environment: data keys newest first, the hash key, never generating in production', () => {
    const settings = readKeySettings(
      { SATU_ATAP_DATA_KEYS: `k2:${b64()}, k1:${b64()}`, SATU_ATAP_HMAC_KEY: b64(), NODE_ENV: 'production' },
      '/srv/data/',
    );
    expect(settings.generatedFile).toBeNull();
    const material = loadKeyMaterial(settings, () => {});
    expect(material.keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(material.hmacFrom).toBe('env');
    expect(readKeySettings({}, '/srv/data/').generatedFile).toBe('/srv/data.keys.json');
    expect(() => loadKeyMaterial(readKeySettings({ NODE_ENV: 'production' }, dir), () => {})).toThrow(
      KeySetupError,
    );
    expect(() => parseKeyList('k1:dGVzdA==')).toThrow(/32 bytes/);
    expect(() => parseKeyList(b64())).toThrow(/id:base64/);
  });

  it('generates a key file of mode 0600 outside the data folder, loudly, and reads it back', () => {
    const settings = readKeySettings({}, join(dir, 'data'));
    const lines: string[] = [];
    const first = loadKeyMaterial(settings, (line) => lines.push(line));
    expect(first.generated).toBe(true);
    expect(lines[0]).toMatch(/^!!! KEYS: .*generated the key file/);
    expect(statSync(join(dir, 'data.keys.json')).mode & 0o777).toBe(0o600);
    const again = loadKeyMaterial(settings, () => {});
    expect(again.generated).toBe(false);
    expect(again.keys[0]?.key.equals(first.keys[0]?.key as Buffer)).toBe(true);
    expect(again.hmacKey).toBeNull(); // added by prepareKeys (moved from the database or new)
  });

  it('refuses a key file others can read, or one that is missing', () => {
    const path = join(dir, 'open.keys.json');
    writeKeyFile(path, newKeyFile());
    chmodSync(path, 0o644);
    expect(() => loadKeyMaterial(readKeySettings({ SATU_ATAP_KEY_FILE: path }, dir), () => {})).toThrow(
      /chmod 600/,
    );
    expect(() =>
      loadKeyMaterial(readKeySettings({ SATU_ATAP_KEY_FILE: join(dir, 'none.json') }, dir), () => {}),
    ).toThrow(/does not exist/);
    const notOurs = join(dir, 'other.json');
    writeFileSync(notOurs, '{"a":1}', { mode: 0o600 });
    expect(() => loadKeyMaterial(readKeySettings({ SATU_ATAP_KEY_FILE: notOurs }, dir), () => {})).toThrow(
      /not a Satu Atap key file/,
    );
  });
});
