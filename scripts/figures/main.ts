import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allFigures } from './allFigures.ts';

/** `npm run figures [-- --out DIR]`: writes every generated figure under DIR (default: repo root). */
async function main(argv: readonly string[]): Promise<void> {
  const i = argv.indexOf('--out');
  const root =
    i >= 0 && argv[i + 1]
      ? resolve(argv[i + 1] as string)
      : resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  let bytes = 0;
  const files = await allFigures();
  for (const f of files) {
    const target = resolve(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    bytes += typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.length;
  }
  console.log(`figures: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB → ${root}`);
}

await main(process.argv.slice(2));
