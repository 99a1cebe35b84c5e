/** 0-based position of a slide in the deck's list of shown slides. */
export type SlideIndex = number & { readonly __brand: 'SlideIndex' };
/** 1-based number displayed on a slide (`count: false` slides share the previous number). */
export type SlideNumber = number & { readonly __brand: 'SlideNumber' };

export const slideIndex = (n: number): SlideIndex => n as SlideIndex;
export const slideNumber = (n: number): SlideNumber => n as SlideNumber;
