import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, toApiError } from '../../api/client';
import { deleteOfficeLogo, uploadOfficeLogo } from './api';

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const LOGO_MAX_BYTES = 256 * 1024;

/** The chosen file, checked here before it is sent (the server checks again), its upload and removal. */
export function useLogoUpload(onChanged: (hasLogo: boolean) => void) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [uploading, setUploading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Changes after each upload, so the browser does not show the old image from its cache.
  const [imageVersion, setImageVersion] = useState(() => Date.now());

  const checkFile = (chosen: File | null): string | null => {
    if (!chosen) return null;
    if (!LOGO_TYPES.includes(chosen.type)) return t('officeSettings.logo.wrongType');
    if (chosen.size > LOGO_MAX_BYTES)
      return t('officeSettings.logo.tooLarge', { size: Math.ceil(chosen.size / 1024) });
    return null;
  };

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFileError(checkFile(chosen));
    setApiError(null);
    setNotice(null);
  };

  const upload = async () => {
    if (!file || checkFile(file)) return;
    setUploading(true);
    setApiError(null);
    try {
      await uploadOfficeLogo(file);
      setFile(null);
      setImageVersion(Date.now());
      onChanged(true);
      setNotice(t('officeSettings.logo.uploaded'));
    } catch (error) {
      setApiError(toApiError(error));
    } finally {
      setUploading(false);
    }
  };

  /** Throws on failure, for the confirmation dialog to show. */
  const remove = async () => {
    await deleteOfficeLogo();
    onChanged(false);
    setNotice(t('officeSettings.logo.removed'));
  };

  return {
    file,
    fileError,
    apiError,
    uploading,
    notice,
    imageVersion,
    choose,
    upload,
    remove,
    clearNotice: () => setNotice(null),
  };
}
