/** The queue view the reviewer came from, so "Back to the queue" returns to the same filters. */
const KEY = 'askqa:last-queue';

export function rememberQueue(href: string): void {
  try {
    sessionStorage.setItem(KEY, href);
  } catch {
    /* storage may be disabled: the link then goes to the default queue */
  }
}

export function lastQueue(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '/queue';
  } catch {
    return '/queue';
  }
}
