import '../cases/cases-styles';
import './register.css';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { PPKS_CATEGORIES } from '../../../domain/intake/ppks';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { useSignedInUser } from '../auth/session';
import { PageHeading } from '../cases/page-heading';
import { fetchDistrictUnits } from '../district-units/api';
import { RegisterTable } from './register-table';
import { type RegisterFilters, useRegisterSearch } from './use-register-search';

const CATEGORY_CHOICES = PPKS_CATEGORIES.map((c) => ({ value: c.code, label: c.name }));

/** The history entry's state that holds the name searched: a name never stands in the address. */
interface RegisterHistoryState {
  registerSearch?: string;
}

function filtersFrom(params: URLSearchParams, state: unknown): RegisterFilters {
  const q = (state as RegisterHistoryState | null)?.registerSearch;
  return {
    q: typeof q === 'string' ? q : '',
    districtCode: params.get('district') ?? '',
    category: params.get('category') ?? '',
  };
}

function paramsFrom(filters: RegisterFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.districtCode) params.set('district', filters.districtCode);
  if (filters.category) params.set('category', filters.category);
  return params;
}

/**
 * `/staff/register`: the PPKS register searched by name, NIK, district and category. District and
 * category live in the address, the name in the history entry's state (back from a person returns
 * to the same list; a URL ends up in history lists and logs), the NIK only in memory.
 */
export default function RegisterPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const filters = filtersFrom(params, location.state);
  const searches = useRef(0);
  const [nik, setNik] = useState({ value: '', id: 0 });
  const results = useRegisterSearch(filters, nik);

  const apply = (next: RegisterFilters, nextNik: string) => {
    searches.current += 1;
    setNik({ value: nextNik, id: searches.current });
    const state: RegisterHistoryState = next.q ? { registerSearch: next.q } : {};
    setParams(paramsFrom(next), { state });
  };

  return (
    <Stack className="case-page" gap="lg">
      <PageHeading
        title={t('ppksRegister.search.title')}
        intro={t('ppksRegister.search.intro', { office: user.office.name })}
      />
      <SearchForm
        key={`${params.toString()}:${filters.q}:${nik.id}`}
        initial={filters}
        initialNik={nik.value}
        fixedDistrict={user.role === 'district_operator'}
        onSearch={apply}
      />
      <section aria-labelledby="register-results">
        <Group justify="space-between" mb="xs">
          <Text component="h2" fw={700} id="register-results">
            {t('ppksRegister.search.results')}
          </Text>
          {results.items && (
            <Text size="sm" c="dimmed" role="status">
              {t('ppksRegister.search.shown', { count: results.items.length })}
            </Text>
          )}
        </Group>
        {results.error && <ErrorAlert error={results.error} onRetry={results.reload} />}
        <RegisterTable items={results.items} loading={results.loading} />
        {results.hasMore && (
          <Group justify="center" mt="md">
            <Button variant="default" loading={results.loadingMore} onClick={results.loadMore}>
              {t('ppksRegister.search.more')}
            </Button>
          </Group>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('ppksRegister.search.pendingNote')}
        </Text>
      </section>
    </Stack>
  );
}

interface SearchFormProps {
  initial: RegisterFilters;
  initialNik: string;
  fixedDistrict: boolean;
  onSearch: (filters: RegisterFilters, nik: string) => void;
}

function SearchForm({ initial, initialNik, fixedDistrict, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [nik, setNik] = useState(initialNik);
  const units = useApiQuery('district-units', fetchDistrictUnits);
  const set = (field: keyof RegisterFilters) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...values, q: values.q.trim() }, nik.replace(/\D/g, ''));
  };
  const reset = () => {
    setValues({ q: '', districtCode: '', category: '' });
    setNik('');
    onSearch({ q: '', districtCode: '', category: '' }, '');
  };
  const districts = [
    { value: '', label: t('ppksRegister.search.allDistricts') },
    ...(units.data?.items ?? []).map((u) => ({ value: u.districtCode, label: u.districtName })),
  ];
  return (
    <Paper withBorder p="md" component="search">
      <form onSubmit={submit} aria-label={t('ppksRegister.search.formLabel')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="search"
            label={t('ppksRegister.search.name')}
            description={t('ppksRegister.search.nameHint')}
            value={values.q}
            onChange={(e) => set('q')(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
          />
          <TextInput
            label={t('ppksRegister.search.nik')}
            description={t('ppksRegister.search.nikHint')}
            value={nik}
            onChange={(e) => setNik(e.currentTarget.value)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={19}
          />
          {!fixedDistrict && (
            <NativeSelect
              label={t('ppksRegister.search.district')}
              data={districts}
              value={values.districtCode}
              onChange={(e) => set('districtCode')(e.currentTarget.value)}
            />
          )}
          <NativeSelect
            label={t('ppksRegister.search.category')}
            data={[{ value: '', label: t('ppksRegister.search.allCategories') }, ...CATEGORY_CHOICES]}
            value={values.category}
            onChange={(e) => set('category')(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit" leftSection={<IconSearch size={18} aria-hidden />}>
            {t('ppksRegister.search.submit')}
          </Button>
          <Button variant="default" leftSection={<IconX size={18} aria-hidden />} onClick={reset}>
            {t('ppksRegister.search.reset')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
