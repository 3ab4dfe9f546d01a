import type {
  TNotificationSettings,
  TNotificationSettingsView,
} from '../../../domain/notifications/settings';
import type {
  THoliday,
  TOfficeSettings,
  TOfficeSettingsUpdate,
  ZDivisionInput,
  ZDivisionUpdate,
} from '../../../domain/offices/settings';
import type { z } from '../../../domain/zod';
import { apiRequest } from '../../api/client';

export type TDivisionInput = z.infer<typeof ZDivisionInput>;
export type TDivisionUpdate = z.infer<typeof ZDivisionUpdate>;
/** A division as the list answers it: the input plus whether it is in use. */
export type TDivision = TDivisionUpdate & { code: string };

export function fetchOfficeSettings(signal: AbortSignal): Promise<TOfficeSettings> {
  return apiRequest('/office/settings', { signal });
}

export function updateOfficeSettings(update: TOfficeSettingsUpdate): Promise<TOfficeSettings> {
  return apiRequest('/office/settings', { method: 'PUT', body: update });
}

export function uploadOfficeLogo(image: Blob): Promise<void> {
  return apiRequest('/office/logo', { method: 'PUT', rawBody: image });
}

export function deleteOfficeLogo(): Promise<void> {
  return apiRequest('/office/logo', { method: 'DELETE' });
}

/** Where the public logo lives; `version` changes after an upload so the browser fetches it anew. */
export function officeLogoUrl(slug: string, version: number): string {
  return `/api/v1/offices/${encodeURIComponent(slug)}/logo?v=${version}`;
}

export function fetchDivisions(signal: AbortSignal): Promise<{ items: TDivision[] }> {
  return apiRequest('/office/divisions', { signal });
}

export function createDivision(input: TDivisionInput): Promise<TDivision> {
  return apiRequest('/office/divisions', { method: 'POST', body: input });
}

export function updateDivision(code: string, update: TDivisionUpdate): Promise<TDivision> {
  return apiRequest(`/office/divisions/${encodeURIComponent(code)}`, { method: 'PATCH', body: update });
}

export function fetchHolidays(year: number, signal: AbortSignal): Promise<{ items: THoliday[] }> {
  return apiRequest('/office/holidays', { query: { year }, signal });
}

export function createHoliday(holiday: THoliday): Promise<THoliday> {
  return apiRequest('/office/holidays', { method: 'POST', body: holiday });
}

export function deleteHoliday(date: string): Promise<void> {
  return apiRequest(`/office/holidays/${encodeURIComponent(date)}`, { method: 'DELETE' });
}

export function fetchNotificationSettings(signal: AbortSignal): Promise<TNotificationSettingsView> {
  return apiRequest('/office/notification-settings', { signal });
}

export function updateNotificationSettings(
  settings: TNotificationSettings,
): Promise<TNotificationSettingsView> {
  return apiRequest('/office/notification-settings', { method: 'PUT', body: settings });
}
