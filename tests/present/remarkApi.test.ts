import { describe, expect, it } from 'vitest';
import { slideIndex } from '../../src/model/index.ts';
import { createRemarkApi, type RemarkSlide } from '../../src/present/remarkApi.ts';
import { createStore } from '../../src/present/store.ts';
import { deckOf } from './fixtures.ts';

const setup = (start = 0) => {
  const store = createStore(deckOf(5, { 2: 'middle' }), slideIndex(start));
  const errors: unknown[] = [];
  const api = createRemarkApi(store, (error) => errors.push(error));
  return { store, api, errors };
};

describe('window.slideshow (remark.js API adapter)', () => {
  it('navigates like remark: gotoSlide is 1-based, getCurrentSlideIndex 0-based', () => {
    const { store, api } = setup();
    expect(api.getSlideCount()).toBe(5);
    api.gotoSlide(4);
    expect(store.index).toBe(3);
    expect(api.getCurrentSlideIndex()).toBe(3);
    api.gotoSlide('2');
    expect(api.getCurrentSlideIndex()).toBe(1);
    api.gotoSlide('middle');
    expect(api.getCurrentSlideIndex()).toBe(2);
    api.gotoNextSlide();
    expect(api.getCurrentSlideIndex()).toBe(3);
    api.gotoPreviousSlide();
    expect(api.getCurrentSlideIndex()).toBe(2);
    api.gotoLastSlide();
    expect(api.getCurrentSlideIndex()).toBe(4);
    api.gotoFirstSlide();
    expect(api.getCurrentSlideIndex()).toBe(0);
  });

  it('ignores targets that name no slide', () => {
    const { api } = setup(1);
    for (const target of [0, 6, -1, 2.5, 'nope', '']) api.gotoSlide(target);
    expect(api.getCurrentSlideIndex()).toBe(1);
  });

  it('lists slides with index, number and properties', () => {
    const { api } = setup();
    const slides = api.getSlides();
    expect(slides).toHaveLength(5);
    expect(slides.map((s) => s.getSlideIndex())).toEqual([0, 1, 2, 3, 4]);
    expect(slides[2]?.getSlideNumber()).toBe(3);
    expect(slides[2]?.properties.name).toBe('middle');
  });

  it('calls hideSlide, showSlide, afterShowSlide with slide objects on every move', () => {
    const { api } = setup();
    const seen: string[] = [];
    const record = (event: string) => (slide: RemarkSlide) =>
      seen.push(`${event}:${slide.getSlideIndex()}`);
    api
      .on('hideSlide', record('hide'))
      .on('showSlide', record('show'))
      .on('afterShowSlide', record('after'));
    api.gotoSlide(3);
    api.gotoSlide(3);
    expect(seen).toEqual(['hide:0', 'show:2', 'after:2']);
  });

  it('off removes one handler or all of an event; dispose stops every event', () => {
    const { store, api } = setup();
    const shown: number[] = [];
    const handler = (slide: RemarkSlide) => shown.push(slide.getSlideIndex());
    const other = (slide: RemarkSlide) => shown.push(100 + slide.getSlideIndex());
    api.on('showSlide', handler).on('showSlide', other);
    store.next();
    api.off('showSlide', handler);
    store.next();
    api.off('showSlide');
    store.next();
    expect(shown).toEqual([1, 101, 102]);
    api.on('showSlide', handler);
    api.dispose();
    store.next();
    expect(shown).toEqual([1, 101, 102]);
  });

  it('a throwing handler is reported and the others still run', () => {
    const { api, errors } = setup();
    const shown: number[] = [];
    api.on('showSlide', () => {
      throw new Error('tool bug');
    });
    api.on('showSlide', (slide) => shown.push(slide.getSlideIndex()));
    api.gotoNextSlide();
    expect(shown).toEqual([1]);
    expect(String(errors[0])).toContain('tool bug');
  });
});
