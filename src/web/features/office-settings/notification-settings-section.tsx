import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { fetchNotificationSettings } from './api';
import { NotificationSettingsForm } from './notification-settings-form';

/** Loads the office's notice settings (admin only) and shows their form. */
export function NotificationSettingsSection() {
  const query = useApiQuery('notification-settings', fetchNotificationSettings);
  if (query.error) return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (!query.data) return <PageLoader />;
  return <NotificationSettingsForm view={query.data} onSaved={(saved) => query.setData(() => saved)} />;
}
