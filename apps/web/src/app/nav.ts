import type { Role } from '../shared/lib/types';

export const NAV: { to: string; label: string; roles: readonly Role[] }[] = [
  { to: '/queue', label: 'Review queue', roles: ['admin', 'coordinator', 'liaison', 'quality'] },
  { to: '/overview', label: 'Overview', roles: ['admin', 'coordinator', 'quality'] },
  { to: '/import', label: 'Import', roles: ['admin', 'coordinator', 'liaison'] },
];

/** Liaisons and quality staff start on the queue; the coordinator and admin on the state overview. */
export const homeOf = (role: Role): string => (role === 'coordinator' || role === 'admin' ? '/overview' : '/queue');

export const mayOpen = (role: Role, path: string): boolean => {
  const item = NAV.find((n) => path === n.to || path.startsWith(`${n.to}/`));
  return !item || item.roles.includes(role);
};

export const ROLE_LABEL: Record<Role, string> = { admin: 'Admin', coordinator: 'Statewide coordinator', liaison: 'Project liaison', quality: 'Quality' };
