import { Box, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSignedInUser } from '../../features/auth/session';
import { DistrictName } from '../../features/district-units/district-name';
import { PageTitle } from '../ui/page-title';
import { navItemsFor } from './staff-navigation';

/** `/staff`: who you are, where you work, and the pages your role opens. */
export function StaffHomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  // A partner's work is its referrals: its home is that list.
  if (user.role === 'partner' && !user.mustChangePassword) return <Navigate to="/staff/referrals" replace />;
  const destinations = navItemsFor(user).filter((item) => item.key !== 'home');

  return (
    <Stack gap="xl">
      <PageTitle>{t('staff.nav.home')}</PageTitle>
      <Title order={1}>{t('staff.welcome', { name: user.fullName })}</Title>

      <section aria-labelledby="profile-heading">
        <Title order={2} size="h3" id="profile-heading" mb="sm">
          {t('staff.profileHeading')}
        </Title>
        <Card withBorder padding="md">
          <Box component="dl" className="profile-grid">
            <ProfileLine label={t('staff.yourRole')} value={t(`roles.${user.role}`)} />
            <ProfileLine label={t('staff.yourOffice')} value={user.office.name} />
            {user.districtCode && (
              <ProfileLine
                label={t('staff.yourDistrict')}
                value={<DistrictName code={user.districtCode} />}
              />
            )}
            <ProfileLine label={t('staff.yourUsername')} value={user.username} />
          </Box>
        </Card>
      </section>

      <section aria-labelledby="destinations-heading">
        <Title order={2} size="h3" id="destinations-heading" mb="sm">
          {t('staff.whatYouCanDo')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {destinations.map(({ key, path, icon: ItemIcon }) => (
            <Card key={key} component={Link} to={path} withBorder padding="md" className="office-card">
              <Text fw={700} c="blue.9" display="flex" style={{ alignItems: 'center', gap: 8 }}>
                <ItemIcon size={20} aria-hidden />
                {t(`staff.nav.${key}`)}
              </Text>
              <Text size="sm" mt={4}>
                {t(`staff.navDescriptions.${key}`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}

function ProfileLine({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}
