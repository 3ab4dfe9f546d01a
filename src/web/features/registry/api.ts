import type { TLetterView } from '../../../domain/letters/schemas';
import type { TProposalStageInput, TProposalView } from '../../../domain/registry/proposal-schemas';
import type {
  TDecision,
  TDecisionRequest,
  TRegistryCheckRequest,
  TRegistryCheckResult,
  TRegistryImport,
} from '../../../domain/registry/schemas';
import { ApiError, apiErrorOf, apiRequest, currentCsrfToken } from '../../api/client';
import { i18n } from '../../i18n';

export interface ImportErrorPage {
  items: { line: number; column: string; reason: string; message: string }[];
  total: number;
  page: number;
  pageSize: number;
}

export function fetchImports(signal: AbortSignal): Promise<{ items: TRegistryImport[]; members: number }> {
  return apiRequest('/registry/imports', { signal });
}

export function fetchImport(id: string): Promise<TRegistryImport> {
  return apiRequest(`/registry/imports/${id}`);
}

export function fetchImportErrors(id: string, page: number, signal: AbortSignal): Promise<ImportErrorPage> {
  return apiRequest(`/registry/imports/${id}/errors`, { query: { page, pageSize: 50 }, signal });
}

/**
 * Uploads an export with XMLHttpRequest, the one browser API that reports upload progress: a city's
 * export is tens of megabytes on an office connection.
 */
export function uploadImport(
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<TRegistryImport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/registry/imports');
    xhr.setRequestHeader('accept', 'application/json');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network')));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: reported as an unexpected answer below.
      }
      if (xhr.status === 202) resolve(body as TRegistryImport);
      else reject(apiErrorOf(xhr.status, body));
    };
    xhr.send(form);
  });
}

export function checkRegistry(body: TRegistryCheckRequest): Promise<TRegistryCheckResult> {
  return apiRequest('/registry/checks', { method: 'POST', body });
}

export function decide(body: TDecisionRequest): Promise<TDecision> {
  return apiRequest('/registry/decisions', { method: 'POST', body });
}

export function issueLetter(body: TDecisionRequest): Promise<TLetterView> {
  return apiRequest('/letters', { method: 'POST', body });
}

export function fetchProposals(signal: AbortSignal): Promise<{ items: TProposalView[] }> {
  return apiRequest('/registry/proposals', { signal });
}

export function fetchProposal(ticket: string, signal: AbortSignal): Promise<TProposalView> {
  return apiRequest(`/registry/proposals/${encodeURIComponent(ticket)}`, { signal });
}

export function startProposal(ticket: string): Promise<TProposalView> {
  return apiRequest('/registry/proposals', { method: 'POST', body: { ticket } });
}

export function recordProposalStage(ticket: string, body: TProposalStageInput): Promise<TProposalView> {
  return apiRequest(`/registry/proposals/${encodeURIComponent(ticket)}/stages`, { method: 'POST', body });
}

/** A proposal document as multipart: the document's code in `document`, the file in `file`. */
export async function uploadProposalDocument(
  ticket: string,
  code: string,
  file: File,
): Promise<TProposalView> {
  const form = new FormData();
  form.set('document', JSON.stringify({ code }));
  form.set('file', file, file.name);
  const token = currentCsrfToken();
  let response: Response;
  try {
    response = await fetch(`/api/v1/registry/proposals/${encodeURIComponent(ticket)}/documents`, {
      method: 'POST',
      headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
      credentials: 'same-origin',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, body);
  return body as TProposalView;
}

export function proposalExportUrl(which: 'awaiting_entry' | 'accepted', format: 'xlsx' | 'csv'): string {
  return `/api/v1/registry/proposals/export?which=${which}&format=${format}`;
}
