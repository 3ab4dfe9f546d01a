import type { TUser, TUserCreate, TUserUpdate } from '../../../domain/auth/schemas';
import { apiRequest } from '../../api/client';

export function fetchUsers(signal: AbortSignal): Promise<{ items: TUser[] }> {
  return apiRequest('/users', { signal });
}

export function createUser(input: TUserCreate): Promise<TUser> {
  return apiRequest('/users', { method: 'POST', body: input });
}

export function updateUser(id: string, update: TUserUpdate): Promise<TUser> {
  return apiRequest(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: update });
}
