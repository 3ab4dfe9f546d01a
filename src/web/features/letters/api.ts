import type {
  TLetterAction,
  TLetterTemplate,
  TLetterTemplateView,
  TLetterVerification,
  TLetterView,
} from '../../../domain/letters/schemas';
import type { LetterType } from '../../../domain/registry/decisions';
import { apiRequest } from '../../api/client';

export function fetchLetters(
  query: { awaiting?: 'mine' },
  signal: AbortSignal,
): Promise<{ items: TLetterView[] }> {
  return apiRequest('/letters', { query, signal });
}

export function fetchLetter(id: string, signal: AbortSignal): Promise<TLetterView> {
  return apiRequest(`/letters/${id}`, { signal });
}

export function actOnLetter(id: string, body: TLetterAction): Promise<TLetterView> {
  return apiRequest(`/letters/${id}/actions`, { method: 'POST', body });
}

/** The archived signed copy (or the draft): opened in a tab, the session cookie goes with it. */
export function letterPdfUrl(id: string): string {
  return `/api/v1/letters/${id}/pdf`;
}

export function verifyLetter(code: string, signal: AbortSignal): Promise<TLetterVerification> {
  return apiRequest(`/letters/verify/${encodeURIComponent(code)}`, { signal });
}

export function fetchLetterTemplates(signal: AbortSignal): Promise<{ items: TLetterTemplateView[] }> {
  return apiRequest('/letter-templates', { signal });
}

export function saveLetterTemplate(type: LetterType, body: TLetterTemplate): Promise<TLetterTemplateView> {
  return apiRequest(`/letter-templates/${encodeURIComponent(type)}`, { method: 'PUT', body });
}
