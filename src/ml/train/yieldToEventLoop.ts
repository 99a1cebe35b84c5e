/**
 * Lets timers, input and messages run: a macrotask, not a microtask (awaiting an already
 * resolved promise, as wasm/cpu `data()` returns, would not let the page breathe).
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Throws the signal's reason (an AbortError) when it has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error
      ? signal.reason
      : new DOMException('Training was cancelled', 'AbortError');
  }
}
