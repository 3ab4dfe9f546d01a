import type { Pdf } from './document';

export interface PdfTable {
  title: string;
  columns: { header: string; numeric: boolean }[];
  rows: string[][];
}

const FONT_SIZE = 8;
const PADDING = 3;

/** Column widths: numeric columns a fixed width each; text columns share the rest, the first (a name) twice. */
function widthsOf(table: PdfTable, total: number): number[] {
  const numericWidth = Math.min(62, total / (table.columns.length + 1));
  const weights = table.columns.map((c, i): number => (c.numeric ? 0 : i === 0 ? 2 : 1));
  const shares = weights.reduce((sum, w) => sum + w, 0);
  const numeric = weights.filter((w) => w === 0).length;
  const share = shares === 0 ? 0 : (total - numeric * numericWidth) / shares;
  return weights.map((w) => (w === 0 ? numericWidth : w * share));
}

function rowHeight(doc: Pdf, cells: string[], widths: number[]): number {
  return (
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * PADDING }))) +
    2 * PADDING
  );
}

function drawRow(doc: Pdf, cells: string[], widths: number[], table: PdfTable, header: boolean): void {
  const left = doc.page.margins.left;
  doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
  const height = rowHeight(doc, cells, widths);
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    if (!header)
      drawRow(
        doc,
        table.columns.map((c) => c.header),
        widths,
        table,
        true,
      );
    doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
  }
  const top = doc.y;
  let x = left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    if (header) doc.rect(x, top, width, height).fillAndStroke('#eeeeee', '#999999').fillColor('black');
    else doc.rect(x, top, width, height).strokeColor('#999999').stroke();
    doc.text(cell, x + PADDING, top + PADDING, {
      width: width - 2 * PADDING,
      align: table.columns[i]?.numeric && !header ? 'right' : 'left',
    });
    x += width;
  });
  doc.x = left;
  doc.y = top + height;
}

/** A titled table with ruled cells; it runs over pages, repeating its header on each. */
export function drawTable(doc: Pdf, table: PdfTable): void {
  const left = doc.page.margins.left;
  const total = doc.page.width - left - doc.page.margins.right;
  const widths = widthsOf(table, total);
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(10).text(table.title, left, doc.y, { width: total });
  doc.moveDown(0.3);
  drawRow(
    doc,
    table.columns.map((c) => c.header),
    widths,
    table,
    true,
  );
  if (table.rows.length === 0)
    drawRow(doc, ['Tidak ada data', ...table.columns.slice(1).map(() => '')], widths, table, false);
  for (const row of table.rows) drawRow(doc, row, widths, table, false);
  doc.moveDown(1);
}
