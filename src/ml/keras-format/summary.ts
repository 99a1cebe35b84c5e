import type { LayerDescription, ModelDescription, Shape } from './modelDescription.ts';
import { pyFixed } from './pyNumber.ts';

export interface SummaryOptions {
  /** Total width (Keras default for sequential-like models: 65). */
  readonly lineLength?: number;
  /** Relative column ends (Keras default: 0.45, 0.85, 1). */
  readonly positions?: readonly number[];
  /**
   * Older Keras versions (before the memory sizes were added to the footer) closed the summary
   * with one more `____` rule; Keras 2.15, as on the lecture's slides, does not. Off by default.
   */
  readonly trailingRule?: boolean;
}

/** Python's `str(tuple)`: `(None, 26, 26, 32)`, `(None,)`, `()`. */
export function pyTuple(shape: Shape): string {
  const items = shape.map((d) => (d === null ? 'None' : String(d)));
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

export function formatShape(shape: LayerDescription['outputShape']): string {
  if ('list' in shape) return `[${shape.list.map(pyTuple).join(', ')}]`;
  return pyTuple(shape as Shape);
}

/** Keras's `readable_memory_size`: 1024 steps, two decimals, `Byte` / `KB` / `MB` / … */
export function readableMemorySize(bytes: number): string {
  const units = ['Byte', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let size = bytes;
  for (const unit of units) {
    if (size / 1024 < 1) return `${pyFixed(size, 2)} ${unit}`;
    size /= 1024;
  }
  return `${pyFixed(size, 2)} PB`;
}

const LINE_BREAKS = ['),', '},', '],', "',"];

/** Keras's `print_row`: each field cut to its column, continued on following lines. */
function printRow(fields: readonly string[], positions: readonly number[]): string[] {
  const left = [...fields];
  const lines: string[] = [];
  while (left.some((f) => f.length > 0)) {
    let line = '';
    for (let col = 0; col < left.length; col++) {
      const start = col > 0 ? (positions[col - 1] ?? 0) : 0;
      const end = positions[col] ?? 0;
      const last = col === positions.length - 1;
      const space = last ? 0 : 2;
      let cutoff = end - start - space - (last ? 0 : 1);
      const text = left[col] ?? '';
      let fit = text.slice(0, Math.max(0, cutoff));
      const candidates = LINE_BREAKS.filter((b) => fit.includes(b)).map(
        (b) => fit.indexOf(b) + b.length,
      );
      if (candidates.length > 0) {
        cutoff = Math.min(...candidates);
        fit = fit.slice(0, cutoff);
      }
      if (col === 0) line += ' ';
      line += fit + ' '.repeat(space);
      left[col] = text.slice(Math.max(0, cutoff));
      line += ' '.repeat(Math.max(0, end - line.length));
    }
    lines.push(line);
  }
  return lines;
}

/** `model.summary()` as Keras 2.15 prints it for a sequential-like model, as lines. */
export function summaryLines(desc: ModelDescription, options: SummaryOptions = {}): string[] {
  const lineLength = options.lineLength ?? 65;
  const rel = options.positions ?? [0.45, 0.85, 1];
  const positions = rel.map((p) => (p <= 1 ? Math.floor(lineLength * p) : p));
  const out = [`Model: "${desc.name}"`, '_'.repeat(lineLength)];
  out.push(...printRow(['Layer (type)', 'Output Shape', 'Param #'], positions));
  out.push('='.repeat(lineLength));
  for (const layer of desc.layers) {
    const fields = [
      `${layer.name} (${layer.className})`,
      formatShape(layer.outputShape),
      String(layer.params),
    ];
    out.push(...printRow(fields, positions));
    out.push(' '.repeat(lineLength));
  }
  out.push('='.repeat(lineLength));
  const bpp = desc.bytesPerParam ?? 4;
  const total = desc.trainableParams + desc.nonTrainableParams;
  out.push(`Total params: ${total} (${readableMemorySize(total * bpp)})`);
  out.push(
    `Trainable params: ${desc.trainableParams} (${readableMemorySize(desc.trainableParams * bpp)})`,
  );
  out.push(
    `Non-trainable params: ${desc.nonTrainableParams} (${readableMemorySize(desc.nonTrainableParams * bpp)})`,
  );
  if (options.trailingRule) out.push('_'.repeat(lineLength));
  return out;
}

/** `model.summary()` text (lines joined with `\n`, no trailing newline). */
export function summary(desc: ModelDescription, options: SummaryOptions = {}): string {
  return summaryLines(desc, options).join('\n');
}
