import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/Radio.css';
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TRegistryCheckResult } from '../../../domain/registry/schemas';
import { PageTitle } from '../../app/ui/page-title';
import { CheckForm } from './check-form';
import { CheckResult } from './check-result';
import { Walkthrough } from './walkthrough';

/**
 * `/staff/registry-check?ticket=…`: the desk checks a citizen in the registry for a case, walks the
 * standard's rules (KIS, KIP, PBI-JKN reactivation, DTKS recommendation) and issues the letter.
 */
export default function RegistryCheckPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [result, setResult] = useState<TRegistryCheckResult | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const showResult = (next: TRegistryCheckResult) => {
    setResult(next);
    setPicked(next.by === 'nik' ? (next.people[0]?.memberId ?? null) : null);
  };

  return (
    <Stack gap="lg">
      <PageTitle>{t('registry.check.title')}</PageTitle>
      <div>
        <Title order={1}>{t('registry.check.title')}</Title>
        <Text c="dimmed">{t('registry.check.intro')}</Text>
      </div>
      <CheckForm ticket={params.get('ticket') ?? ''} onResult={showResult} />
      {result && <CheckResult result={result} picked={picked} onPick={setPicked} />}
      {result && <Walkthrough key={`${result.checkId}:${picked ?? ''}`} check={result} memberId={picked} />}
    </Stack>
  );
}
