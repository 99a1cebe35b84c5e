import type { Options as Schema } from 'rehype-sanitize';
import { defaultSchema } from 'rehype-sanitize';

/**
 * Players a deck may embed in an `<iframe>` (YouTube, Vimeo): `http(s):` or protocol-relative
 * URLs of these hosts only (lower case, as the sanitiser compares schemes). Anything else —
 * other sites, `srcdoc`, `javascript:` — goes.
 */
export const VIDEO_PLAYER_URL = new RegExp(
  `^(?:https?:)?//(?:${[
    '(?:www\\.|m\\.)?youtube\\.com',
    '(?:www\\.)?youtube-nocookie\\.com',
    'player\\.vimeo\\.com',
  ].join('|')})/`,
);

type Definition = NonNullable<Schema['attributes']>[string][number];

const ARIA = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'ariaHidden', 'role'];
const MEDIA = ['autoPlay', 'controls', 'loop', 'muted', 'preload', 'src'];
const defaults = defaultSchema.attributes ?? {};

/**
 * What raw HTML (and markdown) in a deck may contain: GitHub's allow-list (rehype-sanitize's
 * default) plus what lecture decks use — `class` and `style` on every element, `data-*` on
 * `div`/`span` (widget placeholders), `<iframe>` of video players, `<video>`/`<audio>` with
 * `<source>`/`<track>`, figures and table parts. No script, no event handlers, no
 * `javascript:` URLs, no `data:` links, no `<style>`, `<meta>`, `<base>`, `<link>`, forms,
 * SVG or MathML (KaTeX output is ours and goes into the tree after the sanitiser).
 */
export const DECK_HTML_SCHEMA: Schema = Object.freeze({
  ...defaultSchema,
  // Table parts and list items need no ancestor check: the HTML parser already nests them.
  ancestors: {},
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr',
    'audio',
    'caption',
    'cite',
    'col',
    'colgroup',
    'figcaption',
    'figure',
    'iframe',
    'mark',
    'small',
    'track',
    'u',
    'video',
  ],
  attributes: {
    ...defaults,
    '*': [
      ...(defaults['*'] ?? []).filter((name) => name !== 'action'),
      ...ARIA,
      'className',
      'style',
    ],
    a: [...(defaults.a ?? []), 'rel', ['target', '_blank', '_self'] satisfies Definition],
    div: [...(defaults.div ?? []), 'data*'],
    span: ['data*'],
    img: [...(defaults.img ?? []), 'loading', 'srcSet', 'sizes'],
    iframe: [
      ['src', VIDEO_PLAYER_URL] satisfies Definition,
      'allow',
      'allowFullScreen',
      'frameBorder',
      'loading',
      'referrerPolicy',
      'credentialless',
      'scrolling',
      // Not HTML, but in the course's decks (harmless).
      'volume',
    ],
    video: [...MEDIA, 'playsInline', 'poster'],
    audio: MEDIA,
    source: [...(defaults.source ?? []), 'src', 'type', 'media', 'sizes'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    ol: [...(defaults.ol ?? []), 'reversed', 'type'],
  },
  protocols: {
    ...defaultSchema.protocols,
    // `data:` media (inline images, short clips) cannot run script; an iframe's `src` must
    // also match VIDEO_PLAYER_URL, and no other element with `src` is allowed.
    src: ['http', 'https', 'data'],
    poster: ['http', 'https', 'data'],
  },
  // Removed together with their content (other elements that are not allowed are unwrapped).
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'xmp',
    'plaintext',
    'title',
    'textarea',
    'select',
    'object',
    'embed',
    'applet',
    'svg',
    'math',
  ],
});
