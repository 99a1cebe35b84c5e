import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/widgets/conv-explorer/settings.ts';
import { createWidgetRegistry } from '../../src/widgets/registry.ts';
import { figureStandIns, widgetStill, widgetStills } from '../../src/widgets/standIns.ts';

const lecture = readFileSync(resolve(import.meta.dirname, '../../slides/lecture5.md'), 'utf8');

describe('figure stand-ins', () => {
  it('name only registered widgets', () => {
    const registry = createWidgetRegistry();
    for (const standIn of Object.values(figureStandIns)) {
      expect(Object.keys(registry)).toContain(standIn.widget);
    }
  });

  it('replace figures the lecture actually references', () => {
    for (const path of Object.keys(figureStandIns)) expect(lecture).toContain(path);
  });

  it('cover every video and the 1D GIF of lecture 5', () => {
    const videos = [...lecture.matchAll(/src="\.\/(figures\/[^"]+\.mp4)"/g)].map((m) => m[1]);
    expect(videos.length).toBeGreaterThan(0);
    for (const video of videos) expect(Object.keys(figureStandIns)).toContain(video);
    expect(Object.keys(figureStandIns)).toContain('figures/lec5/1d-conv.gif');
  });

  it('give the explorer valid params', () => {
    for (const standIn of Object.values(figureStandIns)) {
      if (standIn.widget !== 'conv-explorer') continue;
      expect(parseSettings(standIn.params ?? {}).ok).toBe(true);
    }
  });
});

describe('widget stills (the presenter preview)', () => {
  it('give every registered widget a still form with a title', () => {
    for (const name of Object.keys(createWidgetRegistry())) {
      expect(Object.keys(widgetStills)).toContain(name);
      expect(widgetStill(name).title.trim()).not.toBe('');
    }
  });

  it('show a live cell as the slide reads without it (its code block and recorded output)', () => {
    expect(widgetStill('live-cell').form).toBe('as-written');
  });

  it('give an unknown or inherited name a generic stand-in', () => {
    for (const name of ['no-such-widget', 'constructor', '__proto__', '']) {
      expect(widgetStill(name)).toEqual({ title: 'Жива демонстрація', form: 'stand-in' });
    }
  });
});
