// Tabs are used by this page only: its styles come with its chunk.
import '@mantine/core/styles/Tabs.css';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { ErasurePanel } from './erasure-panel';
import { RetentionPanel } from './retention-panel';
import { WhoSawPanel } from './who-saw-panel';

const TABS = ['whoSaw', 'erasures', 'retention'] as const;
type Tab = (typeof TABS)[number];

/** `/staff/privacy` (admin, Kadis): who saw a person, erasure on request (UU PDP), retention periods. */
export default function PrivacyPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'whoSaw';
  return (
    <Stack gap="lg">
      <PageTitle>{t('privacy.title')}</PageTitle>
      <div>
        <Title order={1}>{t('privacy.title')}</Title>
        <Text c="dimmed">{t('privacy.intro', { office: user.office.name })}</Text>
      </div>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`privacy.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="whoSaw" pt="md">
          <WhoSawPanel />
        </Tabs.Panel>
        <Tabs.Panel value="erasures" pt="md">
          <ErasurePanel />
        </Tabs.Panel>
        <Tabs.Panel value="retention" pt="md">
          <RetentionPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
