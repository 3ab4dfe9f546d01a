import { Paper, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { barPercent } from './format';

/** Bar colours: CSS classes in dashboard.css, each dark enough against white (WCAG 1.4.11). */
export type Tone = 'blue' | 'teal' | 'orange' | 'red' | 'grape' | 'gray';

export interface BarSegment {
  value: number;
  tone: Tone;
}

export interface BarItem {
  key: string;
  label: string;
  /** The number the bar's length stands for. */
  value: number;
  /** How the value reads beside the bar ("120", "87%", "2,5 hari kerja"). */
  valueText: string;
  /** A second line under the label (a standard, a basis). */
  detail?: string;
  tone?: Tone;
  /** Parts of the bar in other colours (overdue within open), left to right; the rest is `tone`. */
  segments?: BarSegment[];
}

/**
 * Horizontal bars, longest first as given: a list a screen reader reads as "label, value"; the bars
 * themselves are decoration. `max` fixes the scale (100 for percentages).
 */
export function BarList({ items, max, label }: { items: BarItem[]; max?: number; label: string }) {
  const scale = max ?? Math.max(0, ...items.map((item) => item.value));
  return (
    <ul className="bar-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="bar-row">
          <span className="bar-label">
            {item.label}
            {item.detail && <span className="bar-detail">{item.detail}</span>}
          </span>
          <span className="bar-track" aria-hidden>
            <span
              className={`bar bar-${item.tone ?? 'blue'}`}
              style={{ width: `${barPercent(item.value, scale)}%` }}
            >
              {(item.segments ?? []).map((segment, i) => (
                <span
                  // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                  key={i}
                  className={`bar-segment bar-${segment.tone}`}
                  style={{ width: `${item.value > 0 ? (segment.value / item.value) * 100 : 0}%` }}
                />
              ))}
            </span>
          </span>
          <span className="bar-value">{item.valueText}</span>
        </li>
      ))}
    </ul>
  );
}

export interface ColumnGroup {
  key: string;
  label: string;
  values: { value: number; tone: Tone }[];
}

/** Columns per month (two side by side: in and closed); described as an image, its table holds the numbers. */
export function ColumnChart({ groups, description }: { groups: ColumnGroup[]; description: string }) {
  const scale = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v.value)));
  return (
    <div className="column-chart" role="img" aria-label={description}>
      {groups.map((group) => (
        <div key={group.key} className="column-group">
          <div className="column-bars">
            {group.values.map((v, i) => (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: one column per series, in series order
                key={i}
                className={`column bar-${v.tone}`}
                style={{ height: `${barPercent(v.value, scale)}%` }}
              />
            ))}
          </div>
          <span className="column-label">{group.label}</span>
        </div>
      ))}
    </div>
  );
}

/** The colour key of a chart. */
export function Legend({ entries }: { entries: { label: string; tone: Tone }[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className={`legend-swatch bar-${entry.tone}`} aria-hidden />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * One figure of the dashboard: its title, a chart to read at a glance and the table with every
 * number (open on wide screens, one tap away on a phone).
 */
export function FigureSection({
  title,
  note,
  chart,
  table,
  tableMinWidth = 480,
  controls,
}: {
  title: string;
  note?: string;
  chart: ReactNode;
  /** Null when there is nothing to tabulate. */
  table: ReactNode | null;
  tableMinWidth?: number;
  controls?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const isWide = useIsWide();
  const [open, setOpen] = useState(isWide);
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" className="figure-section">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {note && (
        <Text size="sm" c="dimmed" mt={4}>
          {note}
        </Text>
      )}
      {controls}
      <div className="figure-chart">{chart}</div>
      {table !== null && (
        <details className="figure-table" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t('dashboard.table')}</summary>
          <TableScroller label={title} minWidth={tableMinWidth}>
            {table}
          </TableScroller>
        </details>
      )}
    </Paper>
  );
}
