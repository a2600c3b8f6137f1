import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportSummary } from '@askqa/contract/api';
import { api } from '../../../shared/lib/api-client';
import { sessionKeys, statsKeys } from '../../../shared/api/query-keys';

export const IMPORT_FORMATS = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'libchat', label: 'Springshare LibChat (CSV)' },
  { value: 'libraryh3lp', label: 'LibraryH3lp (CSV)' },
  { value: 'json', label: 'AskQA JSON' },
  { value: 'ndjson', label: 'AskQA NDJSON (one per line)' },
  { value: 'text', label: 'QuestionPoint text' },
] as const;

export type ImportInput = { file: File; format: string; timezone: string; library?: string; source?: string };

/** POST /api/imports: the fields first, then the file (the server reads them in that order). */
export function uploadImport(input: ImportInput): Promise<ImportSummary> {
  const body = new FormData();
  body.append('format', input.format);
  body.append('timezone', input.timezone);
  if (input.library) body.append('library', input.library);
  if (input.source) body.append('source', input.source);
  body.append('file', input.file, input.file.name);
  return api<ImportSummary>('/api/imports', { method: 'POST', body });
}

export function useUploadImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (r) => {
      if (r.created + r.updated > 0) {
        void qc.invalidateQueries({ queryKey: sessionKeys.all });
        void qc.invalidateQueries({ queryKey: statsKeys.all });
      }
    },
  });
}
