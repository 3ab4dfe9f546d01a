import type {
  TStaffContact,
  TStaffContactInput,
  TUser,
  TUserCreate,
  TUserUpdate,
} from '../../../domain/auth/schemas';
import { apiRequest } from '../../api/client';

/** The office's accounts; phone and e-mail come masked. */
export function fetchUsers(signal: AbortSignal): Promise<{ items: TUser[] }> {
  return apiRequest('/users', { signal });
}

/** One account in full, for the admin's edit form. */
export function fetchUser(id: string, signal: AbortSignal): Promise<TUser> {
  return apiRequest(`/users/${encodeURIComponent(id)}`, { signal });
}

export function createUser(input: TUserCreate): Promise<TUser> {
  return apiRequest('/users', { method: 'POST', body: input });
}

export function updateUser(id: string, update: TUserUpdate): Promise<TUser> {
  return apiRequest(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: update });
}

/** Opens an account the login guard locked or held; its password stays as it was. */
export function unlockUser(id: string): Promise<TUser> {
  return apiRequest(`/users/${encodeURIComponent(id)}/unlock`, { method: 'POST' });
}

export function fetchOwnContact(signal: AbortSignal): Promise<TStaffContact> {
  return apiRequest('/auth/me/contact', { signal });
}

export function updateOwnContact(contact: TStaffContactInput): Promise<TStaffContact> {
  return apiRequest('/auth/me/contact', { method: 'PUT', body: contact });
}
