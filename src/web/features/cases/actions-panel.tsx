import { Button, SimpleGrid, Text } from '@mantine/core';
import {
  type Icon,
  IconArrowBackUp,
  IconBan,
  IconCamera,
  IconCheck,
  IconCircleCheck,
  IconFileAlert,
  IconFileCheck,
  IconGift,
  IconNote,
  IconSend,
  IconThumbUp,
  IconUserShare,
  IconX,
} from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionType } from '../../../domain/cases/actions';
import type { TCaseDetail } from '../../../domain/cases/views';
import { ActionDialog } from './action-dialog';
import { CaseSection } from './case-section';
import type { ActionDraft } from './use-action-form';

const ACTION_ICONS: Record<CaseActionType, Icon> = {
  verify: IconCheck,
  request_documents: IconFileAlert,
  documents_received: IconFileCheck,
  assess: IconCamera,
  approve: IconThumbUp,
  refer: IconSend,
  deliver: IconGift,
  close: IconCircleCheck,
  reject: IconX,
  out_of_scope: IconBan,
  reopen: IconArrowBackUp,
  note: IconNote,
  assign: IconUserShare,
};

/** Actions that move the case forward stand out; those that end it without a result are quieter and red. */
function buttonStyle(type: CaseActionType): { variant: string; color?: string } {
  if (type === 'reject' || type === 'out_of_scope') return { variant: 'default', color: 'red' };
  if (type === 'note' || type === 'assign' || type === 'reopen') return { variant: 'default' };
  return { variant: 'filled' };
}

interface ActionsPanelProps {
  detail: TCaseDetail;
  onDone: (next: TCaseDetail, message: string) => void;
}

/**
 * Only what the server says this officer may do now (`detail.actions`). Each opens its form; what
 * was typed in a form closed without saving comes back when it is opened again.
 */
export function ActionsPanel({ detail, onDone }: ActionsPanelProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<CaseActionType | null>(null);
  const [opened, setOpened] = useState(false);
  const drafts = useRef<Partial<Record<CaseActionType, ActionDraft>>>({});
  const draftOf = (action: CaseActionType): ActionDraft => {
    drafts.current[action] ??= {};
    return drafts.current[action];
  };
  const open = (action: CaseActionType) => {
    setType(action);
    setOpened(true);
  };
  const done = (next: TCaseDetail, action: CaseActionType) => {
    delete drafts.current[action];
    setOpened(false);
    onDone(next, t('cases.detail.saved', { action: t(`cases.actions.labels.${action}`) }));
  };

  return (
    <CaseSection id="case-actions" title={t('cases.actions.heading')}>
      {detail.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.actions.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, md: 1 }} spacing="xs">
          {detail.actions.map((action) => {
            const ActionIcon = ACTION_ICONS[action];
            return (
              <Button
                key={action}
                {...buttonStyle(action)}
                size="md"
                fullWidth
                justify="flex-start"
                leftSection={<ActionIcon size={18} aria-hidden />}
                onClick={() => open(action)}
                className="case-action-button"
              >
                {t(`cases.actions.labels.${action}`)}
              </Button>
            );
          })}
        </SimpleGrid>
      )}
      <ActionDialog
        type={type}
        opened={opened}
        detail={detail}
        draftOf={draftOf}
        onClose={() => setOpened(false)}
        onDone={done}
      />
    </CaseSection>
  );
}
