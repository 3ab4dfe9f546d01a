import { Anchor, Box, List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDivision, TOfficeProfile } from '../../../domain/offices/schemas';

/** Address, phone, email and website: only the ones the office has given; nothing when none. */
export function OfficeContact({ office }: { office: TOfficeProfile }) {
  const { t } = useTranslation();
  const { address, phone, email, website } = office;
  if (!address && !phone && !email && !website) return null;
  return (
    <section aria-labelledby="contact-heading">
      <Title order={2} id="contact-heading" size="h3" mb="xs">
        {t('publicOffices.contactHeading')}
      </Title>
      <Box component="dl" m={0}>
        {address && <ContactLine label={t('publicOffices.address')}>{address}</ContactLine>}
        {phone && (
          <ContactLine label={t('publicOffices.phone')}>
            <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Anchor>
          </ContactLine>
        )}
        {email && (
          <ContactLine label={t('publicOffices.email')}>
            <Anchor href={`mailto:${email}`}>{email}</Anchor>
          </ContactLine>
        )}
        {website && (
          <ContactLine label={t('publicOffices.website')}>
            <Anchor href={website} target="_blank" rel="noopener noreferrer">
              {website}
            </Anchor>
          </ContactLine>
        )}
      </Box>
    </section>
  );
}

function ContactLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box mb={6}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Box>
  );
}

export function OfficeDivisions({ divisions }: { divisions: TDivision[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="divisions-heading">
      <Title order={2} id="divisions-heading" size="h3" mb="xs">
        {t('publicOffices.divisionsHeading')}
      </Title>
      {divisions.length === 0 ? (
        <Text>{t('publicOffices.noDivisions')}</Text>
      ) : (
        <List spacing="xs">
          {divisions.map((division) => (
            <List.Item key={division.code}>
              <Text fw={600}>{division.name}</Text>
              {division.description && (
                <Text size="sm" c="dimmed">
                  {division.description}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

export function OfficeOfficials({ officials }: { officials: TOfficeProfile['officials'] }) {
  const { t } = useTranslation();
  if (officials.length === 0) return null;
  return (
    <section aria-labelledby="officials-heading">
      <Title order={2} id="officials-heading" size="h3" mb="xs">
        {t('publicOffices.officialsHeading')}
      </Title>
      <List spacing="xs">
        {officials.map((official) => (
          <List.Item key={official.position}>
            <Text fw={600}>{official.position}</Text>
            <Text size="sm">{official.name ?? t('publicOffices.officialVacant')}</Text>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
