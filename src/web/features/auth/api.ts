import type { TLoginRequest, TPasswordChange, TSessionResponse } from '../../../domain/auth/schemas';
import { apiRequest } from '../../api/client';

export function fetchSession(signal?: AbortSignal): Promise<TSessionResponse> {
  return apiRequest('/auth/me', { signal });
}

export function login(credentials: TLoginRequest): Promise<TSessionResponse> {
  return apiRequest('/auth/login', { method: 'POST', body: credentials });
}

export function logout(): Promise<{ ok: true }> {
  return apiRequest('/auth/logout', { method: 'POST' });
}

export function changePassword(input: TPasswordChange): Promise<{ ok: true }> {
  return apiRequest('/auth/password', { method: 'POST', body: input });
}
