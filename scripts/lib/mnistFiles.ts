import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDX_FILE_NAMES, type IdxFile, type IdxFiles } from '../../src/ml/data/idxData.ts';

/** The standard public MNIST mirrors (the same ones torchvision and TF use). */
export const DEFAULT_MIRRORS: readonly string[] = Object.freeze([
  'https://storage.googleapis.com/cvdf-datasets/mnist/',
  'https://ossci-datasets.s3.amazonaws.com/mnist/',
]);

type Key = keyof typeof IDX_FILE_NAMES;
const KEYS = Object.keys(IDX_FILE_NAMES) as Key[];

/** Reads the four files from a folder, each as `<name>.gz` or raw `<name>`. */
export function readIdxDir(dir: string): IdxFiles {
  const read = (key: Key): IdxFile => {
    const base = IDX_FILE_NAMES[key];
    for (const name of [`${base}.gz`, base]) {
      const path = join(dir, name);
      if (existsSync(path)) return { name, bytes: new Uint8Array(readFileSync(path)) };
    }
    throw new Error(`${dir}: neither ${base}.gz nor ${base} found`);
  };
  return Object.fromEntries(KEYS.map((k) => [k, read(k)])) as unknown as IdxFiles;
}

/** Downloads the four `.gz` files, trying each mirror in turn for each file. */
export async function downloadIdxFiles(
  mirrors: readonly string[],
  log: (line: string) => void = () => {},
): Promise<IdxFiles> {
  const get = async (key: Key): Promise<IdxFile> => {
    const name = `${IDX_FILE_NAMES[key]}.gz`;
    const errors: string[] = [];
    for (const mirror of mirrors) {
      const url = `${mirror.endsWith('/') ? mirror : `${mirror}/`}${name}`;
      try {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        log(`${url}: ${bytes.length} bytes`);
        return { name, bytes };
      } catch (error) {
        errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    throw new Error(`could not download ${name}:\n  ${errors.join('\n  ')}`);
  };
  const entries: [Key, IdxFile][] = [];
  for (const key of KEYS) entries.push([key, await get(key)]);
  return Object.fromEntries(entries) as unknown as IdxFiles;
}
