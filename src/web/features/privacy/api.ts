import type {
  TErasureRequest,
  TErasureRequestInput,
  TRetentionSettings,
  TWhoSawPage,
} from '../../../domain/privacy/schemas';
import { apiRequest } from '../../api/client';

export const fetchWhoSaw = (body: { personId: string | null; nik: string | null; before: string | null }) =>
  apiRequest<TWhoSawPage>('/privacy/who-saw', { method: 'POST', body });

export const fetchErasures = (signal: AbortSignal) =>
  apiRequest<{ items: TErasureRequest[] }>('/privacy/erasures', { signal });

export const createErasure = (body: TErasureRequestInput) =>
  apiRequest<TErasureRequest>('/privacy/erasures', { method: 'POST', body });

export const decideErasure = (id: string, decision: 'confirm' | 'cancel') =>
  apiRequest<TErasureRequest>(`/privacy/erasures/${id}/${decision}`, { method: 'POST' });

export const fetchRetention = (signal: AbortSignal) =>
  apiRequest<TRetentionSettings>('/privacy/retention', { signal });

export const saveRetention = (body: TRetentionSettings) =>
  apiRequest<TRetentionSettings>('/privacy/retention', { method: 'PUT', body });
