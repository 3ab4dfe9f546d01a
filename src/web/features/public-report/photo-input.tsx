import { Button, Group, Image, Text } from '@mantine/core';
import { IconCamera, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { FormSection } from './form-section';
import { formatBytes } from './image-size';
import type { PhotoField, ReportPhoto, ReportPhotos } from './photos';
import { shrinkPhoto } from './shrink-image';

interface PhotoInputProps {
  field: PhotoField;
  label: string;
  /** The label inside a sentence ("Ambil foto KTP"). */
  actionLabel: string;
  hint: string;
  photo: ReportPhoto | undefined;
  /** The server's message about this file, if it refused it. */
  error?: ReactNode;
  onChange: (photo: ReportPhoto | undefined) => void;
}

/**
 * One photo from the phone's camera, shrunk in the browser before it is kept or sent, with a
 * thumbnail, its size and a way to remove it.
 */
export function PhotoInput({ field, label, actionLabel, hint, photo, error, onChange }: PhotoInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [unreadable, setUnreadable] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setUnreadable(false);
    try {
      onChange(await shrinkPhoto(file));
    } catch {
      setUnreadable(true);
    } finally {
      setBusy(false);
      // The same photo chosen again must fire a change too.
      if (fileInput.current) fileInput.current.value = '';
    }
  };
  const message = error ?? (unreadable ? t('publicReport.photo.unreadable') : null);

  return (
    <div className="photo-input" data-path={field}>
      <Text fw={600} id={`${id}-label`}>
        {label}
      </Text>
      <Text size="sm" c="dimmed" id={`${id}-hint`}>
        {hint}
      </Text>
      {photo && (
        <Group gap="sm" mt="xs" wrap="nowrap">
          <Image
            src={photo.dataUrl}
            alt={t('publicReport.photo.alt', { label: actionLabel })}
            w={88}
            h={88}
            radius="sm"
            fit="cover"
          />
          <Text size="sm">
            {t('publicReport.photo.ready', { label, size: formatBytes(photo.blob.size, currentLocale()) })}
          </Text>
        </Group>
      )}
      <input
        ref={fileInput}
        type="file"
        accept="image/*"
        capture="environment"
        name={field}
        hidden
        onChange={(event) => void take(event.currentTarget.files?.[0])}
      />
      <Group gap="xs" mt="xs">
        <Button
          variant={photo ? 'default' : 'light'}
          size="md"
          leftSection={<IconCamera size={20} aria-hidden />}
          loading={busy}
          onClick={() => fileInput.current?.click()}
          aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        >
          {photo
            ? t('publicReport.photo.retake', { label: actionLabel })
            : t('publicReport.photo.take', { label: actionLabel })}
        </Button>
        {photo && (
          <Button
            variant="subtle"
            color="red"
            size="md"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() => onChange(undefined)}
          >
            {t('publicReport.photo.remove', { label: actionLabel })}
          </Button>
        )}
      </Group>
      <div role="status">{busy && <Text size="sm">{t('publicReport.photo.processing')}</Text>}</div>
      {message && (
        <Text size="sm" c="var(--mantine-color-error)" id={`${id}-error`} mt={4}>
          {message}
        </Text>
      )}
    </div>
  );
}

/** Section 7: the KTP and the person, both optional. */
export function PhotoSection({
  photos,
  errors,
  onChange,
}: {
  photos: ReportPhotos;
  errors: Partial<Record<PhotoField, string>>;
  onChange: (field: PhotoField, photo: ReportPhoto | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormSection
      id="photos"
      title={t('publicReport.sections.photos')}
      intro={t('publicReport.sections.photosIntro')}
    >
      <PhotoInput
        field="ktpPhoto"
        label={t('publicReport.photo.ktp')}
        actionLabel={t('publicReport.photo.ktpAction')}
        hint={t('publicReport.photo.ktpHint')}
        photo={photos.ktpPhoto}
        error={errors.ktpPhoto}
        onChange={(photo) => onChange('ktpPhoto', photo)}
      />
      <PhotoInput
        field="personPhoto"
        label={t('publicReport.photo.person')}
        actionLabel={t('publicReport.photo.personAction')}
        hint={t('publicReport.photo.personHint')}
        photo={photos.personPhoto}
        error={errors.personPhoto}
        onChange={(photo) => onChange('personPhoto', photo)}
      />
    </FormSection>
  );
}
