import { outputSize, symmetric } from '../../../src/math/conv2d.ts';

/** Typed architecture descriptions the diagrams are drawn from (shapes are inferred). */
export type Layer =
  | { readonly kind: 'input'; readonly size: number; readonly channels: number }
  | {
      readonly kind: 'conv';
      readonly k: number;
      readonly filters: number;
      readonly stride?: number;
      readonly pad?: number;
    }
  | {
      readonly kind: 'pool';
      readonly op: 'max' | 'avg';
      readonly k: number;
      readonly stride: number;
      readonly pad?: number;
    }
  | { readonly kind: 'dense'; readonly units: number }
  | { readonly kind: 'flatten' }
  | { readonly kind: 'globalAvg' }
  | { readonly kind: 'norm' }
  /** A named block repeated `times`, with the channels it outputs and its stride on the first repetition. */
  | {
      readonly kind: 'block';
      readonly name: string;
      readonly times: number;
      readonly channels: number;
      readonly stride?: number;
      readonly detail?: string;
    };

export interface Shape {
  readonly size: number | null;
  readonly channels: number;
}

/** A drawable block: its label, the shape it outputs and its kind (for colour). */
export interface Block {
  readonly label: string;
  readonly shape: string;
  readonly kind: Layer['kind'];
  readonly times?: number;
}

export function formatShape(s: Shape): string {
  return s.size === null ? String(s.channels) : `${s.size}×${s.size}×${s.channels}`;
}

/** The shape after one layer. */
export function nextShape(s: Shape, l: Layer): Shape {
  switch (l.kind) {
    case 'input':
      return { size: l.size, channels: l.channels };
    case 'conv':
      return {
        size: outputSize(s.size ?? 0, l.k, symmetric(l.pad ?? 0), l.stride ?? 1),
        channels: l.filters,
      };
    case 'pool':
      return {
        size: outputSize(s.size ?? 0, l.k, symmetric(l.pad ?? 0), l.stride),
        channels: s.channels,
      };
    case 'dense':
      return { size: null, channels: l.units };
    case 'flatten':
      return { size: null, channels: (s.size ?? 1) * (s.size ?? 1) * s.channels };
    case 'globalAvg':
      return { size: 1, channels: s.channels };
    case 'norm':
      return s;
    case 'block':
      return { size: Math.ceil((s.size ?? 0) / (l.stride ?? 1)), channels: l.channels };
  }
}

export function label(l: Layer): string {
  switch (l.kind) {
    case 'input':
      return 'Вхід';
    case 'conv':
      return `Згортка ${l.k}×${l.k}, ${l.filters}${l.stride && l.stride > 1 ? `, крок ${l.stride}` : ''}`;
    case 'pool':
      return `${l.op === 'max' ? 'Max' : 'Avg'}-pool ${l.k}×${l.k}, крок ${l.stride}`;
    case 'dense':
      return `Dense ${l.units}`;
    case 'flatten':
      return 'Flatten';
    case 'globalAvg':
      return 'Глоб. avg-pool';
    case 'norm':
      return 'BatchNorm';
    case 'block':
      return `${l.name}${l.detail ? `, ${l.detail}` : ''}`;
  }
}

/** Layers → blocks with the shape each one outputs. */
export function toBlocks(layers: readonly Layer[]): Block[] {
  let s: Shape = { size: 0, channels: 0 };
  return layers.map((l) => {
    s = nextShape(s, l);
    const base = { label: label(l), shape: formatShape(s), kind: l.kind };
    return l.kind === 'block' ? { ...base, times: l.times } : base;
  });
}

export const LENET: readonly Layer[] = [
  { kind: 'input', size: 28, channels: 1 },
  { kind: 'conv', k: 5, filters: 6, pad: 2 },
  { kind: 'pool', op: 'avg', k: 2, stride: 2 },
  { kind: 'conv', k: 5, filters: 16 },
  { kind: 'pool', op: 'avg', k: 2, stride: 2 },
  { kind: 'flatten' },
  { kind: 'dense', units: 120 },
  { kind: 'dense', units: 84 },
  { kind: 'dense', units: 10 },
];

export const ALEXNET: readonly Layer[] = [
  { kind: 'input', size: 224, channels: 3 },
  { kind: 'conv', k: 11, filters: 96, stride: 4, pad: 1 },
  { kind: 'pool', op: 'max', k: 3, stride: 2 },
  { kind: 'conv', k: 5, filters: 256, pad: 2 },
  { kind: 'pool', op: 'max', k: 3, stride: 2 },
  { kind: 'conv', k: 3, filters: 384, pad: 1 },
  { kind: 'conv', k: 3, filters: 384, pad: 1 },
  { kind: 'conv', k: 3, filters: 256, pad: 1 },
  { kind: 'pool', op: 'max', k: 3, stride: 2 },
  { kind: 'flatten' },
  { kind: 'dense', units: 4096 },
  { kind: 'dense', units: 4096 },
  { kind: 'dense', units: 1000 },
];

/** VGG-11: (convolutions per block, channels). */
export const VGG_BLOCKS: readonly (readonly [number, number])[] = [
  [1, 64],
  [1, 128],
  [2, 256],
  [2, 512],
  [2, 512],
];

export const VGG: readonly Layer[] = [
  { kind: 'input', size: 224, channels: 3 },
  ...VGG_BLOCKS.map(
    ([convs, ch]): Layer => ({
      kind: 'block',
      name: `VGG-блок (${convs} × 3×3, ${ch})`,
      times: 1,
      channels: ch,
      stride: 2,
    }),
  ),
  { kind: 'flatten' },
  { kind: 'dense', units: 4096 },
  { kind: 'dense', units: 4096 },
  { kind: 'dense', units: 1000 },
];

export const GOOGLENET: readonly Layer[] = [
  { kind: 'input', size: 224, channels: 3 },
  { kind: 'conv', k: 7, filters: 64, stride: 2, pad: 3 },
  { kind: 'pool', op: 'max', k: 3, stride: 2, pad: 1 },
  { kind: 'conv', k: 1, filters: 64 },
  { kind: 'conv', k: 3, filters: 192, pad: 1 },
  { kind: 'pool', op: 'max', k: 3, stride: 2, pad: 1 },
  { kind: 'block', name: 'Inception', times: 2, channels: 480 },
  { kind: 'pool', op: 'max', k: 3, stride: 2, pad: 1 },
  { kind: 'block', name: 'Inception', times: 5, channels: 832 },
  { kind: 'pool', op: 'max', k: 3, stride: 2, pad: 1 },
  { kind: 'block', name: 'Inception', times: 2, channels: 1024 },
  { kind: 'globalAvg' },
  { kind: 'dense', units: 1000 },
];

export const RESNET18: readonly Layer[] = [
  { kind: 'input', size: 224, channels: 3 },
  { kind: 'conv', k: 7, filters: 64, stride: 2, pad: 3 },
  { kind: 'norm' },
  { kind: 'pool', op: 'max', k: 3, stride: 2, pad: 1 },
  { kind: 'block', name: 'Residual', times: 2, channels: 64 },
  { kind: 'block', name: 'Residual', times: 2, channels: 128, stride: 2 },
  { kind: 'block', name: 'Residual', times: 2, channels: 256, stride: 2 },
  { kind: 'block', name: 'Residual', times: 2, channels: 512, stride: 2 },
  { kind: 'globalAvg' },
  { kind: 'dense', units: 1000 },
];
