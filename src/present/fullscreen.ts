/** Enters or leaves fullscreen; a refusal (no gesture, iframe, unsupported) is harmless. */
export function toggleFullscreen(doc: Document): void {
  const done = (): undefined => undefined;
  if (doc.fullscreenElement) {
    void doc.exitFullscreen?.().catch(done);
    return;
  }
  try {
    void doc.documentElement.requestFullscreen?.().catch(done);
  } catch {
    // Old engines throw instead of rejecting.
  }
}
