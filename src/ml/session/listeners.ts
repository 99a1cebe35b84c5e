/**
 * Calls every listener with `value`; one that throws (a view with a bug, data it cannot show)
 * is reported and skipped, so it never breaks the session's run queue or the other listeners.
 */
export function notifyAll<T>(listeners: Iterable<(value: T) => void>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch (error) {
      console.error('live session: a listener failed', error);
    }
  }
}
