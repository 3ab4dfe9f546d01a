import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from '../../../domain/registry/row';

/** One row of a file, with how far into the file the reader has come (for the progress bar). */
export interface FileRow {
  cells: Cell[];
  /** The line (CSV) or sheet row (XLSX) the row stands on; 1 is the header. */
  line: number;
  bytesRead: number;
}

export type FileFormat = 'csv' | 'xlsx';

/** XLSX files are ZIP archives; anything else is read as delimited text. Decided by content. */
export async function sniffFormat(path: string): Promise<FileFormat> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? 'xlsx' : 'csv';
  } finally {
    await handle.close();
  }
}

/**
 * Rows of a CSV export, the header first. The delimiter is guessed (comma, semicolon as Indonesian
 * spreadsheets write, tab, pipe); the file streams, so a million rows never sit in memory.
 */
async function* csvRows(path: string): AsyncGenerator<FileRow> {
  const file = createReadStream(path);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  file.pipe(parser);
  file.on('error', (error) => parser.destroy(error));
  let line = 0;
  for await (const row of parser as AsyncIterable<string[]>) {
    line++;
    // Blank lines are skipped here rather than by the parser, so line numbers stay true to the file.
    if (row.length === 1 && !row[0]?.trim()) continue;
    yield { cells: row, line, bytesRead: file.bytesRead };
  }
}

type ExcelValue = ExcelJS.CellValue;

/** A spreadsheet cell as text, number or date: formulas give their result, rich text its words. */
function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return excelCell((value.result ?? null) as ExcelValue);
  if ('text' in value) return String(value.text);
  return null;
}

/** Rows of the first sheet of an XLSX export, read as a stream. */
async function* xlsxRows(path: string): AsyncGenerator<FileRow> {
  const file: ReadStream = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const values = row.values as ExcelValue[];
      yield { cells: values.slice(1).map(excelCell), line: row.number, bytesRead: file.bytesRead };
    }
    return; // the first sheet only
  }
}

export function readRows(path: string, format: FileFormat): AsyncGenerator<FileRow> {
  return format === 'xlsx' ? xlsxRows(path) : csvRows(path);
}
