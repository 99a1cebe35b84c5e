import type { LayerActivation } from '../../ml/inspect/activations.ts';
import { channelOf } from '../../ml/inspect/activations.ts';
import type { FilterImages } from '../../ml/inspect/filters.ts';
import { h } from '../shared/dom.ts';
import { createHeatmap, extent, signed, viridis } from '../shared/heatmap.ts';

export interface MapGrid {
  readonly element: HTMLElement;
  /** Outlines tile `k` (or none) and scrolls nothing: every tile is always visible. */
  focus(k: number | undefined): void;
}

/**
 * Columns, tile size and whether filters are drawn under the maps, for a layer's channel
 * count: every layer fits ≈ 620 × 300 px. The 128 filters of layer 3 (3×3×64 each) are left
 * out: their channel means say little and would not fit.
 */
export function tileLayout(channels: number): { columns: number; tile: number; filters: boolean } {
  if (channels <= 32) return { columns: 8, tile: 50, filters: true };
  if (channels <= 64) return { columns: 16, tile: 28, filters: true };
  return { columns: 16, tile: 26, filters: false };
}

/**
 * Every channel of one layer's output as a tile (a button: click to focus it), each with its
 * filter drawn underneath. Maps share one scale per layer, so brightness compares across tiles.
 */
export function createMapGrid(
  doc: Document,
  layer: LayerActivation,
  filters: FilterImages,
  onPick: (k: number) => void,
): MapGrid {
  const { columns, tile, filters: withFilters } = tileLayout(layer.channels);
  const { max } = extent(layer.data);
  const weights = extent(filters.images.flatMap((im) => Array.from(im)));
  const wMax = Math.max(Math.abs(weights.min), Math.abs(weights.max)) || 1;
  const filterSize = Math.max(12, Math.round(tile * 0.36));
  const element = h(doc, 'div', { class: 'cw-maps' });
  element.style.setProperty('--cols', String(columns));
  const tiles: HTMLButtonElement[] = [];
  for (let k = 0; k < layer.channels; k++) {
    const map = createHeatmap(doc, layer.rows, layer.cols, {
      size: tile,
      colors: viridis,
      label: `Карта ${k + 1}`,
    });
    map.draw(channelOf(layer, k), 0, max || 1);
    const filter = createHeatmap(doc, filters.size, filters.size, {
      size: filterSize,
      colors: signed,
      label: `Фільтр ${k + 1}`,
    });
    filter.draw(filters.images[k] ?? [], -wMax, wMax);
    const button = h(
      doc,
      'button',
      {
        type: 'button',
        class: 'cw-map-tile',
        'data-map': k,
        'aria-label': `Карта ознак ${k + 1} з ${layer.channels}`,
      },
      map.element,
      ...(withFilters ? [filter.element] : []),
    );
    button.addEventListener('click', () => onPick(k));
    tiles.push(button);
  }
  element.append(...tiles);
  return {
    element,
    focus(k) {
      tiles.forEach((t, i) => {
        t.classList.toggle('cw-map-focus', i === k);
      });
    },
  };
}
