import type { RenderedDeck, RenderedSlide } from '../../model/index.ts';

/** Reference sizes of the slide box in CSS px (remark's defaults). */
export const SLIDE_SIZE = Object.freeze({
  '4:3': Object.freeze({ width: 908, height: 681 }),
  '16:9': Object.freeze({ width: 1210, height: 681 }),
});

export interface SlideView {
  readonly element: HTMLElement;
  /** Replaces the shown slide; only this one slide's DOM exists. */
  show(slide: RenderedSlide, deck: RenderedDeck): void;
  dispose(): void;
}

/** One slide box: content, then the `current / total` number. */
export function createSlideView(doc: Document): SlideView {
  const element = doc.createElement('section');
  const content = doc.createElement('div');
  content.className = 'slide-content';
  const number = doc.createElement('div');
  number.className = 'slide-number';
  number.setAttribute('aria-label', 'Номер слайда');
  element.append(content, number);

  return {
    element,
    show(slide, deck) {
      element.className = ['slide', ...slide.classes].join(' ');
      element.setAttribute('style', slide.style);
      element.dataset.index = String(slide.index);
      element.setAttribute('aria-label', `Слайд ${slide.index + 1}`);
      if (slide.name === undefined) delete element.dataset.name;
      else element.dataset.name = slide.name;
      content.innerHTML = slide.html;
      number.textContent = `${slide.number} / ${deck.total}`;
    },
    dispose() {
      element.remove();
    },
  };
}
