/**
 * Whether an embed's host can be reached. An `<iframe>` fires `load` for the browser's own
 * error page too, and a cross-origin frame cannot be looked into, so the frame alone cannot
 * tell a video from "this site can't be reached". A request to the host can: it fails on a
 * network error (no route, DNS, refused, blocked by a proxy or a filter) and succeeds on any
 * response.
 */

/** One question to a host; `cancel` stops it (the answer then never comes). */
export interface ProbeRun {
  /** `true`: the host answered (or the probe could not tell); `false`: it cannot be reached. */
  readonly answer: Promise<boolean>;
  cancel(): void;
}

export type HostProbe = (url: string) => ProbeRun;

/** What the embed probe asks: a URL on the video's host that answers with no body. */
export function probeUrlOf(src: string, base: string): string | undefined {
  try {
    const url = new URL(src, base);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    return `https://${url.host}/generate_204`;
  } catch {
    return undefined;
  }
}

/**
 * Asks from a Worker (embedProbeWorker.ts), so a failed request, the expected answer when
 * the host is blocked, is not logged as an error of the page. `createWorker` is injected so
 * the bundler sees `new Worker(new URL(...))` at the call site. When no Worker can be made or
 * it fails, the answer is `true`: the probe cannot tell, and the load timer decides.
 */
export function probeInWorker(createWorker: () => Worker): HostProbe {
  return (url) => {
    let worker: Worker | undefined;
    const answer = new Promise<boolean>((resolve) => {
      const done = (reached: boolean): void => {
        worker?.terminate();
        worker = undefined;
        resolve(reached);
      };
      try {
        worker = createWorker();
      } catch {
        done(true);
        return;
      }
      worker.onmessage = (event: MessageEvent<unknown>) => done(event.data !== false);
      worker.onerror = () => done(true);
      worker.onmessageerror = () => done(true);
      worker.postMessage(url);
    });
    return {
      answer,
      cancel() {
        worker?.terminate();
        worker = undefined;
      },
    };
  };
}
