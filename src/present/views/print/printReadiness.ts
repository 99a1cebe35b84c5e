/** A video that never reports its first frame does not hold the print back longer than this. */
export const MEDIA_TIMEOUT_MS = 5000;

const firstFrame = (video: HTMLVideoElement, timeoutMs: number): Promise<void> =>
  new Promise((done) => {
    if (video.readyState >= 2 || video.error !== null) {
      done();
      return;
    }
    const win = video.ownerDocument.defaultView;
    const finish = (): void => {
      video.removeEventListener('loadeddata', finish);
      video.removeEventListener('error', finish);
      if (timer !== undefined) win?.clearTimeout(timer);
      done();
    };
    // timing: a video's first frame holds the print back at most this long
    const timer = win?.setTimeout(finish, timeoutMs);
    video.addEventListener('loadeddata', finish);
    video.addEventListener('error', finish);
    if (video.preload === 'none') video.preload = 'auto';
  });

/**
 * Resolves when every image under `root` is loaded and decoded (or failed: a broken image
 * prints as one) and every video shows its first frame or gave up.
 */
export async function waitForMedia(
  root: ParentNode,
  timeoutMs: number = MEDIA_TIMEOUT_MS,
): Promise<void> {
  const images = [...root.querySelectorAll('img')].map((img) =>
    img.decode().catch(() => undefined),
  );
  const videos = [...root.querySelectorAll('video')].map((v) => firstFrame(v, timeoutMs));
  await Promise.all([...images, ...videos]);
}

/** A widget still loading (tfjs, data, models) does not hold the print back longer than this. */
export const WIDGET_TIMEOUT_MS = 20_000;

/**
 * Resolves when no widget under `root` reports `data-state="loading"` any more (or after the
 * timeout): widgets mount at once but may load their models afterwards.
 */
export function widgetsSettled(
  root: ParentNode & Node,
  timeoutMs: number = WIDGET_TIMEOUT_MS,
): Promise<void> {
  const loading = (): boolean => root.querySelector('[data-widget][data-state="loading"]') !== null;
  const win = root.ownerDocument?.defaultView;
  if (!loading() || win === null || win === undefined) return Promise.resolve();
  return new Promise((done) => {
    const observer = new win.MutationObserver(() => {
      if (!loading()) finish();
    });
    const finish = (): void => {
      observer.disconnect();
      win.clearTimeout(timer);
      done();
    };
    // timing: a loading widget holds the print back at most this long
    const timer = win.setTimeout(finish, timeoutMs);
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
}
