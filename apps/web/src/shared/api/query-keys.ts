/**
 * Query keys shared by several features, general to specific, so one call invalidates a
 * branch: recording a follow-up or importing a file refreshes every list, the detail and the
 * statistics, whichever feature owns the screen.
 */
export const sessionKeys = {
  all: ['sessions'] as const,
  lists: () => [...sessionKeys.all, 'list'] as const,
  list: (params: Record<string, unknown>) => [...sessionKeys.lists(), params] as const,
  details: () => [...sessionKeys.all, 'detail'] as const,
  detail: (id: number) => [...sessionKeys.details(), id] as const,
};

export const statsKeys = {
  all: ['stats'] as const,
  overview: (params: Record<string, unknown>) => [...statsKeys.all, 'overview', params] as const,
  libraries: () => [...statsKeys.all, 'libraries'] as const,
};
