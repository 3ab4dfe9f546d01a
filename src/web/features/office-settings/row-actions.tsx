import { ActionIcon, Group, Paper, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** Unique per row: the buttons' ids derive from it, so focus can follow a moved row. */
  rowId: string;
  /** The row's name for screen readers, e.g. "Langkah 3". */
  itemLabel: string;
  index: number;
  count: number;
  onMove?: (from: number, to: number) => void;
  onRemove?: () => void;
}

/** After a move the row sits elsewhere in the DOM: give focus back to its own button, or its sibling at an end. */
function refocus(ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const button = document.getElementById(id);
      if (button instanceof HTMLButtonElement && !button.disabled) {
        button.focus();
        return;
      }
    }
  });
}

/** Move up, move down and remove for one row of an editable list. */
export function RowActions({ rowId, itemLabel, index, count, onMove, onRemove }: RowActionsProps) {
  const { t } = useTranslation();
  const upId = `${rowId}-up`;
  const downId = `${rowId}-down`;
  return (
    <Group gap={4} wrap="nowrap">
      {onMove && (
        <>
          <ActionIcon
            id={upId}
            variant="subtle"
            size="lg"
            disabled={index === 0}
            aria-label={t('officeSettings.moveUp', { item: itemLabel })}
            onClick={() => {
              onMove(index, index - 1);
              refocus([upId, downId]);
            }}
          >
            <IconArrowUp size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            id={downId}
            variant="subtle"
            size="lg"
            disabled={index === count - 1}
            aria-label={t('officeSettings.moveDown', { item: itemLabel })}
            onClick={() => {
              onMove(index, index + 1);
              refocus([downId, upId]);
            }}
          >
            <IconArrowDown size={18} aria-hidden />
          </ActionIcon>
        </>
      )}
      {onRemove && (
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('officeSettings.remove', { item: itemLabel })}
          onClick={onRemove}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  );
}

interface EditableRowProps extends RowActionsProps {
  /** Viewers see the row without its buttons. */
  readOnly: boolean;
  children: ReactNode;
}

/** One row of an editable list as a named group: its title, its move/remove buttons, its inputs. */
export function EditableRow({ readOnly, children, ...actions }: EditableRowProps) {
  const labelId = `${actions.rowId}-label`;
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={labelId}>
      <Group justify="space-between" wrap="nowrap" mb={4} mih={34}>
        <Text id={labelId} fw={700} size="sm">
          {actions.itemLabel}
        </Text>
        {!readOnly && <RowActions {...actions} />}
      </Group>
      {children}
    </Paper>
  );
}
