import { Badge, type BadgeProps } from '@mantine/core';
import { IconAlertTriangle, IconClock, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaState } from '../../../domain/cases/sla';
import { isTerminal } from '../../../domain/cases/status';
import type { WorkloadLevel } from '../../../domain/cases/workload';
import type { CaseStatus } from '../../../domain/intake/report';

// Badge colours at shade 8 and up on white, or light variants with dark text: all pass WCAG AA.
const STATUS_COLOURS: Record<CaseStatus, string> = {
  new: 'blue',
  verified: 'cyan',
  awaiting_documents: 'orange',
  in_progress: 'indigo',
  referred: 'grape',
  closed: 'teal',
  rejected: 'red',
  out_of_scope: 'gray',
};

interface ToneBadgeProps extends Omit<BadgeProps, 'color' | 'variant'> {
  color: string;
  /** Filled for what needs attention (overdue, overload, the current step); light otherwise. */
  filled?: boolean;
  children: ReactNode;
}

// Shade 9 of these is too light for small text even on their palest tint.
const DARK_TEXT_ON = new Set(['yellow', 'orange', 'lime']);

/**
 * A badge in words as written, never cut short, whose text passes WCAG AA at badge size: Mantine's
 * light variant (shade 6-7 text on a 10% tint) does not, so light is shade 9 on shade 0, and filled
 * is white on shade 9.
 */
export function ToneBadge({ color, filled = false, children, ...props }: ToneBadgeProps) {
  const text = filled ? 'white' : DARK_TEXT_ON.has(color) ? 'dark.8' : `${color}.9`;
  return (
    <Badge
      variant={filled ? 'filled' : 'light'}
      color={filled ? `${color}.9` : color}
      bg={filled ? undefined : `${color}.0`}
      c={text}
      radius="sm"
      tt="none"
      className="case-badge"
      styles={{ label: { overflow: 'visible' } }}
      {...props}
    >
      {children}
    </Badge>
  );
}

/** The case's status in words, tinted by kind. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <ToneBadge color={STATUS_COLOURS[status]}>{t(`cases.status.${status}`)}</ToneBadge>;
}

const SLA_COLOURS: Record<SlaState, string> = { on_track: 'teal', warning: 'yellow', overdue: 'red' };

/**
 * Whether the case keeps its promised time: words first, an icon for warning and overdue. A finished
 * case has no clock any more, so it shows none; an open one without a time standard says so.
 */
export function SlaBadge({ sla, status }: { sla: SlaState | null; status: CaseStatus }) {
  const { t } = useTranslation();
  if (!sla && isTerminal(status)) return null;
  if (!sla) return <ToneBadge color="gray">{t('cases.sla.none')}</ToneBadge>;
  const icon =
    sla === 'overdue' ? (
      <IconAlertTriangle size={12} aria-hidden />
    ) : sla === 'warning' ? (
      <IconClock size={12} aria-hidden />
    ) : undefined;
  return (
    <ToneBadge color={SLA_COLOURS[sla]} filled={sla === 'overdue'} leftSection={icon}>
      {t(`cases.sla.${sla}`)}
    </ToneBadge>
  );
}

export function ConfidentialBadge() {
  const { t } = useTranslation();
  return (
    <ToneBadge color="dark" leftSection={<IconLock size={12} aria-hidden />}>
      {t('cases.confidential')}
    </ToneBadge>
  );
}

const LEVEL_COLOURS: Record<WorkloadLevel, string> = { overload: 'red', normal: 'teal', underload: 'blue' };

export function WorkloadLevelBadge({ level }: { level: WorkloadLevel }) {
  const { t } = useTranslation();
  return (
    <ToneBadge color={LEVEL_COLOURS[level]} filled={level === 'overload'}>
      {t(`cases.workload.levels.${level}`)}
    </ToneBadge>
  );
}
