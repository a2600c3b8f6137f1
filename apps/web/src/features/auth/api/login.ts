import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/lib/api-client';
import type { User } from '../../../shared/lib/types';
import { meKeys } from './get-me';

export type Credentials = { email: string; password: string };

export async function login(body: Credentials): Promise<User> {
  const r = await api<{ user: User }>('/api/auth/login', { json: body });
  return r.user;
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // another user may have been signed in on this tab: forget their data
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKeys.all[0] });
      qc.setQueryData(meKeys.all, user);
    },
  });
}
