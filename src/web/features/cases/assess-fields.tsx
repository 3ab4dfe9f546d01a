import {
  Button,
  Checkbox,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_NEEDS, IDENTITY_DOCUMENTS } from '../../../domain/cases/assessment';
import { CASE_OUTCOME_LABELS, CASE_OUTCOMES } from '../../../domain/cases/outcomes';
import { PhotoInput } from '../public-report/photo-input';
import type { PhotoField, ReportPhoto } from '../public-report/photos';
import { dateTimeInputValue, positionValues } from '../staff-intake/channel-details';
import { type LocateState, useGeolocation } from '../staff-intake/use-geolocation';
import type { FieldsProps } from './action-fields';

/** The multipart parts an assessment's photos travel in, in order. */
export const ASSESSMENT_PHOTO_SLOTS = ['photo1', 'photo2', 'photo3'] as const;
export type AssessmentPhotos = (ReportPhoto | undefined)[];

interface AssessFieldsProps extends FieldsProps<'assess'> {
  photos: AssessmentPhotos;
  photoErrors: Record<number, string>;
  onPhotoChange: (index: number, photo: ReportPhoto | undefined) => void;
}

/** The social worker's assessment, laid out for a phone held in one hand: one column, big targets. */
export function AssessFields({ form, photos, photoErrors, onPhotoChange }: AssessFieldsProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <>
      <Textarea
        label={t('cases.actions.assess.condition')}
        required
        autosize
        minRows={3}
        maxLength={4000}
        data-autofocus
        {...form.getInputProps('condition')}
      />
      <NeedsFields form={form} />
      <Textarea
        label={t('cases.actions.assess.family')}
        description={t('cases.actions.assess.familyHint')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('family')}
      />
      <Checkbox.Group
        label={t('cases.actions.assess.documents')}
        required
        {...form.getInputProps('identityDocumentsSeen')}
      >
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing={8} mt="xs">
          {IDENTITY_DOCUMENTS.map((document) => (
            <Checkbox key={document.code} value={document.code} label={document.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {values.identityDocumentsSeen.includes('lainnya') && (
        <TextInput
          label={t('cases.actions.assess.documentsOther')}
          required
          maxLength={200}
          {...form.getInputProps('identityDocumentsOther')}
        />
      )}
      <FollowUpFields form={form} />
      <LocationFields form={form} />
      <PhotoFields photos={photos} errors={photoErrors} onChange={onPhotoChange} />
    </>
  );
}

/** What the person needs, ticked; "Lainnya" asks what. */
function NeedsFields({ form }: Pick<FieldsProps<'assess'>, 'form'>) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <>
      <Checkbox.Group label={t('cases.actions.assess.needs')} required {...form.getInputProps('needs')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={8} mt="xs">
          {ASSESSMENT_NEEDS.map((need) => (
            <Checkbox key={need.code} value={need.code} label={need.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {values.needs.includes('lainnya') && (
        <TextInput
          label={t('cases.actions.assess.needsOther')}
          required
          maxLength={300}
          {...form.getInputProps('needsOther')}
        />
      )}
    </>
  );
}

function FollowUpFields({ form }: Pick<FieldsProps<'assess'>, 'form'>) {
  const { t } = useTranslation();
  const choose = { value: '', label: t('cases.actions.fields.choose'), disabled: true };
  return (
    <>
      <NativeSelect
        label={t('cases.actions.assess.outcome')}
        required
        data={[choose, ...CASE_OUTCOMES.map((value) => ({ value, label: CASE_OUTCOME_LABELS[value] }))]}
        {...form.getInputProps('outcome')}
      />
      <Textarea
        label={t('cases.actions.assess.followUp')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('followUp')}
      />
    </>
  );
}

/** "Ambil lokasi" takes one GPS fix; coordinates may also be typed, or left empty. */
function LocationFields({ form }: Pick<FieldsProps<'assess'>, 'form'>) {
  const { t } = useTranslation();
  const geo = useGeolocation((coords) => {
    const fix = positionValues(coords);
    form.setValues({ latitude: fix.latitude, longitude: fix.longitude, accuracyMetres: fix.accuracyMetres });
  });
  const typed = () => form.setFieldValue('accuracyMetres', null);
  return (
    <fieldset className="case-fieldset">
      <legend>{t('cases.actions.assess.location')}</legend>
      <Stack gap="sm">
        <div>
          <Button
            size="md"
            variant="light"
            leftSection={<IconCurrentLocation size={20} aria-hidden />}
            loading={geo.state.status === 'locating'}
            onClick={geo.locate}
            aria-describedby="assess-locate-status"
          >
            {geo.state.status === 'located'
              ? t('cases.actions.assess.locateAgain')
              : t('cases.actions.assess.locate')}
          </Button>
          <LocateStatus state={geo.state} accuracy={form.getValues().accuracyMetres} />
        </div>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('cases.actions.assess.latitude')}
            inputMode="decimal"
            autoComplete="off"
            {...form.getInputProps('latitude')}
            onInput={typed}
          />
          <TextInput
            label={t('cases.actions.assess.longitude')}
            inputMode="decimal"
            autoComplete="off"
            {...form.getInputProps('longitude')}
            onInput={typed}
          />
        </SimpleGrid>
        <TextInput
          type="datetime-local"
          label={t('cases.actions.assess.visitedAt')}
          description={t('cases.actions.assess.visitedAtHint')}
          max={dateTimeInputValue(new Date())}
          {...form.getInputProps('visitedAt')}
        />
      </Stack>
    </fieldset>
  );
}

function LocateStatus({ state, accuracy }: { state: LocateState; accuracy: number | null }) {
  const { t } = useTranslation();
  let message = t('cases.actions.assess.manual');
  let colour = 'dimmed';
  if (state.status === 'locating') message = t('cases.actions.assess.locating');
  if (state.status === 'located' && accuracy !== null) {
    message = t('cases.actions.assess.located', { metres: accuracy });
    colour = 'green.9';
  }
  if (state.status === 'failed') {
    message = t(`cases.actions.assess.${state.problem}`);
    colour = 'var(--mantine-color-error)';
  }
  return (
    <div role="status" id="assess-locate-status">
      <Text size="sm" c={colour} mt={6}>
        {message}
      </Text>
    </div>
  );
}

function PhotoFields({
  photos,
  errors,
  onChange,
}: {
  photos: AssessmentPhotos;
  errors: Record<number, string>;
  onChange: AssessFieldsProps['onPhotoChange'];
}) {
  const { t } = useTranslation();
  // One more slot than the last photo taken: the form stays short until photos are added.
  const lastTaken = photos.reduce((last, photo, index) => (photo ? index + 1 : last), 0);
  const shown = Math.min(ASSESSMENT_PHOTO_SLOTS.length, lastTaken + 1);
  return (
    <fieldset className="case-fieldset">
      <legend>{t('cases.actions.assess.photos')}</legend>
      <Text size="sm" c="dimmed" mb="sm">
        {t('cases.actions.assess.photosHint')}
      </Text>
      <Stack gap="md">
        {ASSESSMENT_PHOTO_SLOTS.slice(0, shown).map((slot, index) => (
          <Paper key={slot} p={0}>
            <PhotoInput
              // The input's name and data-path only; the multipart part is named by postCaseAction.
              field={slot as PhotoField}
              label={t('cases.actions.assess.photo', { number: index + 1 })}
              actionLabel={t('cases.actions.assess.photoAction', { number: index + 1 })}
              hint={t('cases.actions.assess.photoHint')}
              photo={photos[index]}
              error={errors[index]}
              onChange={(photo) => onChange(index, photo)}
            />
          </Paper>
        ))}
      </Stack>
    </fieldset>
  );
}
