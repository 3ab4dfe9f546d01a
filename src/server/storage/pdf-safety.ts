import { inflateSync } from 'node:zlib';

/**
 * Names that make a PDF do something when it is opened or clicked rather than show a page: scripts,
 * launch and submit actions, additional actions on open/close/focus, files carried inside, Flash and
 * XFA forms (which run scripts). A document of a citizen, a KTP scan or a letter needs none of them.
 */
const ACTIVE_NAMES = new Set([
  'JS',
  'JavaScript',
  'Launch',
  'AA',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
  'GoToE',
]);

export type PdfVerdict =
  | { ok: true }
  | { ok: false; reason: 'active'; name: string }
  | { ok: false; reason: 'unreadable'; detail: string };

/** Inflated object streams together may grow to this much; a bigger one is a zip bomb, not a letter. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

// A name token: "/" and the regular characters after it, `#xx` escapes still encoded.
const NAME = /\/([^\s()<>[\]{}/%]*)/g;
// An indirect object's header: where a reader following the cross-reference table starts parsing.
const OBJECT_HEADER = /(?:^|[\s>\]])\d+\s+\d+\s+obj\b/;
// The `stream` keyword after a dictionary's closing `>>`, with its end-of-line.
const STREAM_START = />>\s*stream(?:\r\n|\n|\r)/g;

/** `/J#61vaScript` is `/JavaScript`: the escaped spelling must not slip past. */
function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function activeNameIn(text: string): string | null {
  for (const match of text.matchAll(NAME)) {
    const name = decodeName(match[1] ?? '');
    if (ACTIVE_NAMES.has(name)) return name;
  }
  return null;
}

/** Where the dictionary that ends at `end` (just before its `>>`) opens: `<<` and `>>` balanced. */
function dictionaryStart(text: string, end: number): number {
  let depth = 0;
  for (let i = end; i > 0; i -= 1) {
    if (text[i] === '>' && text[i - 1] === '>') {
      depth += 1;
      i -= 1;
    } else if (text[i] === '<' && text[i - 1] === '<') {
      depth -= 1;
      i -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface Stream {
  dictionary: string;
  dataStart: number;
  dataEnd: number;
  /** Where the text after `endstream` resumes. */
  next: number;
}

/** The stream whose `stream` keyword was matched: its dictionary and its raw data. */
function streamAt(text: string, match: RegExpMatchArray): Stream | null {
  const at = match.index ?? 0;
  const start = dictionaryStart(text, at + 1);
  if (start < 0) return null;
  const dictionary = text.slice(start, at + 2);
  const dataStart = at + match[0].length;
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  let dataEnd = -1;
  if (length) {
    const end = dataStart + Number(length[1]);
    if (/^\s*endstream/.test(text.slice(end, end + 20))) dataEnd = end;
  }
  if (dataEnd < 0) dataEnd = text.indexOf('endstream', dataStart);
  if (dataEnd < 0) return null;
  return { dictionary, dataStart, dataEnd, next: text.indexOf('endstream', dataEnd) + 'endstream'.length };
}

/** The filters a stream's dictionary names, decoded (`/Filter /FlateDecode` or an array of them). */
function filtersOf(dictionary: string): string[] {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dictionary);
  if (!filter?.[1]) return [];
  return [...filter[1].matchAll(NAME)].map((m) => decodeName(m[1] ?? ''));
}

const isObjectStream = (dictionary: string): boolean =>
  [...dictionary.matchAll(/\/Type\s*\/([^\s/[\]<>()]+)/g)].some((m) => decodeName(m[1] ?? '') === 'ObjStm');

/**
 * Scans a PDF for active content: in its body and in its object streams (inflated: a `/JS` is easily
 * hidden in a compressed `/ObjStm`). Other streams (page contents, images, fonts) are data a reader
 * never takes dictionaries from, but they must not hide an object header either. What cannot be read
 * (truncated, an object stream in a filter we do not undo, encrypted streams) is refused: unread is
 * not safe.
 */
export function scanPdf(bytes: Buffer): PdfVerdict {
  const text = bytes.toString('latin1');
  if (!text.startsWith('%PDF-')) return { ok: false, reason: 'unreadable', detail: 'header' };
  if (!text.includes('%%EOF')) return { ok: false, reason: 'unreadable', detail: 'truncated' };
  let inflated = 0;
  let cursor = 0;
  const check = (segment: string): PdfVerdict | null => {
    const name = activeNameIn(segment);
    return name ? { ok: false, reason: 'active', name } : null;
  };
  for (const match of text.matchAll(STREAM_START)) {
    if ((match.index ?? 0) < cursor) continue; // a `>>stream` inside a stream already read
    const stream = streamAt(text, match);
    if (!stream) return { ok: false, reason: 'unreadable', detail: 'stream' };
    const found = check(text.slice(cursor, stream.dataStart));
    if (found) return found;
    const raw = bytes.subarray(stream.dataStart, stream.dataEnd);
    if (isObjectStream(stream.dictionary)) {
      const filters = filtersOf(stream.dictionary);
      if (
        filters.some((f) => f !== 'FlateDecode') ||
        filters.length > 1 ||
        /\/Predictor/.test(stream.dictionary)
      )
        return { ok: false, reason: 'unreadable', detail: 'object stream filter' };
      let content: Buffer;
      try {
        content = filters.length ? inflateSync(raw, { maxOutputLength: MAX_INFLATED_BYTES - inflated }) : raw;
      } catch {
        return { ok: false, reason: 'unreadable', detail: 'object stream data' };
      }
      inflated += content.length;
      const hidden = check(content.toString('latin1'));
      if (hidden) return hidden;
    } else if (OBJECT_HEADER.test(raw.toString('latin1'))) {
      // An object inside another's data: a reader going by offsets would find what we skipped.
      return { ok: false, reason: 'unreadable', detail: 'object inside a stream' };
    }
    cursor = stream.next;
  }
  return check(text.slice(cursor)) ?? { ok: true };
}
