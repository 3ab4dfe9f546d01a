import ExcelJS from 'exceljs';
import type { Cell, ColumnKind, ReportTable } from '../../../domain/monitoring/report-tables';
import { drawLetterhead, type Letterhead, renderPdf } from '../../pdf/document';
import { drawTable } from '../../pdf/table';

export interface ReportHeading {
  letterhead: Letterhead;
  officeName: string;
  /** "November 2026" or "Januari – November 2026". */
  periodLabel: string;
  generatedAt: string;
}

const NUMBER_FORMAT = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** A cell as the PDF prints it: Indonesian number format, a dash for nothing. */
function printed(cell: Cell, kind: ColumnKind): string {
  if (cell === null || cell === '') return '–';
  if (typeof cell === 'string') return cell;
  return kind === 'percent' ? `${NUMBER_FORMAT.format(cell)}%` : NUMBER_FORMAT.format(cell);
}

export function reportTitle(heading: ReportHeading): string {
  return `Laporan Monitoring dan Evaluasi Pelayanan Sosial ${heading.periodLabel}`;
}

/** The report for the head: letterhead, title and period, then every table. */
export function monitoringPdf(heading: ReportHeading, tables: ReportTable[]): Promise<Buffer> {
  const title = reportTitle(heading);
  return renderPdf(
    (doc) => {
      drawLetterhead(doc, heading.letterhead);
      doc.font('Helvetica-Bold').fontSize(12).text(title.toUpperCase(), { align: 'center' });
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(`${heading.officeName} · dibuat ${heading.generatedAt}`, { align: 'center' });
      doc.moveDown(1);
      for (const table of tables)
        drawTable(doc, {
          title: table.title,
          columns: table.columns.map((c) => ({ header: c.header, numeric: c.kind !== 'text' })),
          rows: table.rows.map((row) =>
            row.map((cell, i) => printed(cell, table.columns[i]?.kind ?? 'text')),
          ),
        });
    },
    { title, author: heading.officeName },
  );
}

const XLSX_FORMATS: Partial<Record<ColumnKind, string>> = {
  count: '#,##0',
  percent: '0.0',
  hours: '0.0',
  index: '0.00',
};

/** The report for analysis: one sheet per table, numbers as numbers, the period on every sheet. */
export async function monitoringXlsx(heading: ReportHeading, tables: ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Satu Atap';
  workbook.title = reportTitle(heading);
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
    sheet.addRow([`${table.title} · ${heading.officeName} · ${heading.periodLabel}`]).font = { bold: true };
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
    table.columns.forEach((column, i) => {
      const sheetColumn = sheet.getColumn(i + 1);
      sheetColumn.width = column.kind === 'text' ? 40 : 16;
      const format = XLSX_FORMATS[column.kind];
      if (format) sheetColumn.numFmt = format;
    });
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
