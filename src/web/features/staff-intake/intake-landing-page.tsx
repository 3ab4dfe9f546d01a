import './intake-styles';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  type Icon,
  IconDoorEnter,
  IconMail,
  IconMapPin,
  IconMessageReport,
  IconPhoneCall,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { INTAKE_ROUTES, type IntakeRoute, intakePath, ROUTE_MESSAGE_KEYS } from './channels';

const ICONS: Record<IntakeRoute, Icon> = {
  'walk-in': IconDoorEnter,
  phone: IconPhoneCall,
  outreach: IconMapPin,
  letter: IconMail,
  'sp4n-lapor': IconMessageReport,
};

/** `/staff/intake`: the officer says how the report came in, then fills that channel's form. */
export default function IntakeLandingPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Stack gap="lg">
      <PageTitle>{t('staffIntake.title')}</PageTitle>
      <div>
        <Title order={1}>{t('staffIntake.title')}</Title>
        <Text c="dimmed" mt={4} maw="42rem">
          {t('staffIntake.landingIntro', { office: user.office.name })}
        </Text>
      </div>
      <section aria-labelledby="intake-channels-heading">
        <Title order={2} size="h3" id="intake-channels-heading" mb="sm">
          {t('staffIntake.chooseHeading')}
        </Title>
        <SimpleGrid
          component="ul"
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="md"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {INTAKE_ROUTES.map((route) => (
            <li key={route}>
              <ChannelCard route={route} />
            </li>
          ))}
        </SimpleGrid>
      </section>
      <Text size="sm">
        {t('staffIntake.guestBookHint')}{' '}
        <Anchor component={Link} to="/staff/guest-book">
          {t('staffIntake.openGuestBook')}
        </Anchor>
      </Text>
    </Stack>
  );
}

function ChannelCard({ route }: { route: IntakeRoute }) {
  const { t } = useTranslation();
  const key = ROUTE_MESSAGE_KEYS[route];
  const ChannelIcon = ICONS[route];
  return (
    <Card
      component={Link}
      to={intakePath(route)}
      withBorder
      padding="md"
      className="office-card intake-channel-card"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ChannelIcon size={28} aria-hidden className="intake-channel-icon" />
        <div>
          <Text fw={700} c="blue.9">
            {t(`staffIntake.channels.${key}.title`)}
          </Text>
          <Text size="sm" mt={4}>
            {t(`staffIntake.channels.${key}.description`)}
          </Text>
        </div>
      </Group>
    </Card>
  );
}
