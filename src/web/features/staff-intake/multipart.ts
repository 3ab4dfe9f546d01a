/** One part of a multipart/form-data body: a text field, or a file with its name. */
export type MultipartPart = { name: string; value: string } | { name: string; file: Blob; filename: string };

/** A boundary browsers never lowercase away: Blob types are lowercased, and a boundary is case-sensitive. */
export function newBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `----satuatap${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A multipart/form-data body as one Blob whose type carries the boundary, so it can travel as a
 * raw body through the API client (and its CSRF header). `new Response(formData).blob()` cannot
 * do this: Chromium lowercases the Blob's type, and with it the mixed-case boundary it chose.
 */
export function multipartBody(parts: readonly MultipartPart[], boundary: string = newBoundary()): Blob {
  const chunks: (string | Blob)[] = [];
  for (const part of parts) {
    if ('file' in part) {
      chunks.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
          `Content-Type: ${part.file.type || 'application/octet-stream'}\r\n\r\n`,
        part.file,
        '\r\n',
      );
    } else {
      chunks.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`,
        part.value,
        '\r\n',
      );
    }
  }
  chunks.push(`--${boundary}--\r\n`);
  return new Blob(chunks, { type: `multipart/form-data; boundary=${boundary}` });
}
