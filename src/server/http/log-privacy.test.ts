import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { safeError, safeMessage, scrubQueryError } from './log-privacy';

const NAME = 'Sumarni Wulandari';
const NIK = '1472016708500007';

describe('what a logged error may say', () => {
  it('keeps the kind of failure and the SQL names, never a quoted value', () => {
    expect(safeMessage(`invalid input syntax for type integer: "${NAME}"`)).toBe(
      'invalid input syntax for type integer: "[disembunyikan]"',
    );
    expect(safeMessage('invalid input syntax for type integer: "sumarni"')).not.toContain('sumarni');
    expect(safeMessage(`value "${NIK}" is out of range for type bigint`)).not.toContain(NIK);
    const check = 'new row for relation "case_subjects" violates check constraint "uji_tolak"';
    expect(safeMessage(check)).toBe(check);
    expect(safeMessage('value too long for type character varying(4)')).toBe(
      'value too long for type character varying(4)',
    );
    // V8 quotes the start of a JSON text it cannot parse.
    let json = '';
    try {
      JSON.parse(`{"nama": ${NAME}}`);
    } catch (error) {
      json = (error as Error).message;
    }
    expect(json).toContain('Sumarni');
    expect(safeMessage(json)).not.toMatch(/Sumarni|Wulandari|nama/);
  });

  it("takes a failed query's values out of the error itself, its causes and its stack", () => {
    const driver = Object.assign(new Error('invalid input syntax for type json'), {
      code: '22P02',
      params: [`{"full_name":"${NAME}","nik":"${NIK}"}`],
      detail: `Token "${NAME}" is invalid.`,
      where: `JSON data, line 1: {"full_name":"${NAME}`,
    });
    const error = new DrizzleQueryError('insert into case_subjects select * from x($1)', [NAME, NIK], driver);
    expect(error.message + String(error.stack)).toContain(NAME);
    scrubQueryError(error);
    const raw = JSON.stringify({
      own: Object.fromEntries(Object.entries(error)),
      cause: Object.fromEntries(Object.entries(driver)),
      message: error.message,
      stack: error.stack,
      causeMessage: driver.message,
    });
    expect(raw).not.toContain('Sumarni');
    expect(raw).not.toContain(NIK);
    // What callers tell failures apart by stays.
    expect(driver.code).toBe('22P02');
    expect(error.message).toContain('insert into case_subjects');
    expect(JSON.stringify(safeError(error))).toContain('22P02');
  });
});
