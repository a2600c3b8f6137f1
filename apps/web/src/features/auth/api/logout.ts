import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/lib/api-client';
import { meKeys } from './get-me';

export const logout = (): Promise<void> => api<void>('/api/auth/logout', { method: 'POST' });

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKeys.all, null);
    },
  });
}
