/** gzip streams start with 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip bytes with the platform's DecompressionStream (browsers, Workers, Node ≥ 18).
 * `name` only labels error messages.
 */
export async function gunzip(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  if (!isGzip(bytes)) {
    throw new Error(`${name}: not gzip data (expected the bytes 1f 8b at the start)`);
  }
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    throw new Error(`${name}: corrupt or truncated gzip data (${String(error)})`);
  }
}

/** Gunzips when the bytes are gzip, returns them unchanged otherwise. */
export async function maybeGunzip(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  return isGzip(bytes) ? gunzip(bytes, name) : bytes;
}
