import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface TableRow {
  key: string;
  cells: ReactNode[];
}

/** A figure's table: the first column names the row, the others are numbers (right-aligned). */
export function FigureTable({
  headers,
  rows,
  caption,
}: {
  headers: string[];
  rows: TableRow[];
  caption?: string;
}) {
  return (
    <Table verticalSpacing={6} striped className="figure-numbers">
      {caption && <caption className="visually-hidden-caption">{caption}</caption>}
      <Table.Thead>
        <Table.Tr>
          {headers.map((header, i) => (
            <Table.Th key={header} scope="col" className={i > 0 ? 'numeric' : undefined}>
              {header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <Table.Th key={0} scope="row" fw={400}>
                  {cell}
                </Table.Th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <Table.Td key={i} className="numeric">
                  {cell}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
