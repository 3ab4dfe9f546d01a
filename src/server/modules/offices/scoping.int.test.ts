import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, staffSession, type TestApp } from '../../testing/test-app';

// The office and district walls: what a user may not see answers 404, like what does not exist.
describe('office and district scoping', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("hides another office's users: reading and changing both answer 404", async () => {
    const dumaiAdmin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const bekasiAdmin = await staffSession(t, { office: 'bekasi', role: 'admin' });

    const read = await bekasiAdmin.request({ method: 'GET', url: `/api/v1/users/${dumaiAdmin.userId}` });
    expect(read.statusCode).toBe(404);
    expect(read.json().code).toBe('USER_NOT_FOUND');
    const change = await bekasiAdmin.request({
      method: 'PATCH',
      url: `/api/v1/users/${dumaiAdmin.userId}`,
      payload: { active: false },
    });
    expect(change.statusCode).toBe(404);

    const list = await bekasiAdmin.request({ method: 'GET', url: '/api/v1/users' });
    expect(list.json().items.map((u: { id: string }) => u.id)).not.toContain(dumaiAdmin.userId);
    // The Dumai admin is untouched.
    expect((await dumaiAdmin.request({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });

  it("hides another office's district units and audit log", async () => {
    const dumaiAdmin = await staffSession(t, { office: 'dumai', role: 'admin' });
    const units = await dumaiAdmin.request({ method: 'GET', url: '/api/v1/district-units' });
    expect(
      units.json().items.every((u: { districtCode: string }) => u.districtCode.startsWith('14.72.')),
    ).toBe(true);
    expect(
      (await dumaiAdmin.request({ method: 'GET', url: '/api/v1/district-units/13.10.01' })).statusCode,
    ).toBe(404);
    expect(
      (
        await dumaiAdmin.request({
          method: 'PATCH',
          url: '/api/v1/district-units/13.10.01',
          payload: { phone: '0751 123' },
        })
      ).statusCode,
    ).toBe(404);

    await staffSession(t, { office: 'pekanbaru', role: 'admin' });
    const audit = await dumaiAdmin.request({ method: 'GET', url: '/api/v1/audit?pageSize=200' });
    expect(audit.json().items.length).toBeGreaterThan(0);
    expect(
      audit.json().items.every((e: { actorUsername: string }) => e.actorUsername.startsWith('dumai.')),
    ).toBe(true);
  });

  it('narrows a district operator to their district: another district answers 404', async () => {
    const operator = await staffSession(t, {
      office: 'dharmasraya',
      role: 'district_operator',
      districtCode: '13.10.01',
    });
    const list = await operator.request({ method: 'GET', url: '/api/v1/district-units' });
    expect(list.json().items.map((u: { districtCode: string }) => u.districtCode)).toEqual(['13.10.01']);

    expect(
      (await operator.request({ method: 'GET', url: '/api/v1/district-units/13.10.01' })).statusCode,
    ).toBe(200);
    const other = await operator.request({ method: 'GET', url: '/api/v1/district-units/13.10.02' });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('DISTRICT_UNIT_NOT_FOUND');
    const otherChange = await operator.request({
      method: 'PATCH',
      url: '/api/v1/district-units/13.10.02',
      payload: { phone: '0754 1' },
    });
    expect(otherChange.statusCode).toBe(404);

    const own = await operator.request({
      method: 'PATCH',
      url: '/api/v1/district-units/13.10.01',
      payload: { phone: '0754 40001' },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().phone).toBe('0754 40001');
  });

  it('never trusts an office or role sent by the client', async () => {
    const officer = await staffSession(t, { office: 'dumai', role: 'front_office' });
    const response = await officer.request({
      method: 'GET',
      url: '/api/v1/users',
      headers: { 'x-office': '32.75', 'x-role': 'admin' },
    });
    expect(response.statusCode).toBe(403);
  });
});
