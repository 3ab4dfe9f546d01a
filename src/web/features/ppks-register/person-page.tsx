import '../cases/cases-styles';
import './register.css';
import { Alert, Anchor, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowLeft, IconArrowsJoin } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageHeading } from '../cases/page-heading';
import { fetchPerson } from './api';
import { categoryLabel } from './labels';
import { MergeDialog } from './merge-dialog';
import { AidSection, CasesSection, IdentitySection, PhotosSection, TimelineSection } from './person-sections';

/**
 * `/staff/register/:id`: one person of the register, "by name, by address, by photo": identity, photos,
 * categories over time, cases and aid received; leaders merge a duplicate into it from here.
 */
export default function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const person = useApiQuery(`ppks-person:${id}`, (signal) => fetchPerson(id, signal));
  const [merging, setMerging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = person.data;

  // A record merged into another answers with that one: the address follows.
  useEffect(() => {
    if (data && data.id !== id) navigate(`/staff/register/${data.id}`, { replace: true });
  }, [data, id, navigate]);

  return (
    <Stack className="case-page" gap="lg">
      <Anchor component={Link} to="/staff/register" className="back-link" size="sm">
        <IconArrowLeft size={16} aria-hidden />
        {t('ppksRegister.person.back')}
      </Anchor>
      {person.error && <ErrorAlert error={person.error} onRetry={person.reload} />}
      {!data && person.loading && <PageLoader />}
      {data && (
        <>
          <PageHeading
            title={data.fullName}
            intro={categoryLabel(data.latestCategory, data.latestSubcategory)}
          >
            {data.mayMerge && (
              <Group mt="sm">
                <Button
                  variant="light"
                  leftSection={<IconArrowsJoin size={18} aria-hidden />}
                  onClick={() => setMerging(true)}
                >
                  {t('ppksRegister.merge.open')}
                </Button>
              </Group>
            )}
          </PageHeading>
          {notice && (
            <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
          {data.hiddenCases > 0 && (
            <Alert color="gray" variant="light">
              {t('ppksRegister.person.hiddenCases', { count: data.hiddenCases })}
            </Alert>
          )}
          <IdentitySection person={data} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <TimelineSection person={data} />
            <AidSection person={data} />
          </SimpleGrid>
          <CasesSection person={data} />
          <PhotosSection person={data} />
          {data.mayMerge && (
            <MergeDialog
              opened={merging}
              person={data}
              onClose={() => setMerging(false)}
              onMerged={(moved) => {
                setMerging(false);
                setNotice(t('ppksRegister.merge.done', { count: moved }));
                person.reload();
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
