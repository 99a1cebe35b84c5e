/**
 * Creating an `<iframe>` starts a browsing context synchronously (several ms): slides swap
 * their iframes for same-sized slots and put them back one task later, so a key press only
 * pays for the slide's own layout. Leaving the slide puts the slots back, which stops
 * whatever played. A YouTube iframe that cannot load is replaced by a card with the video's
 * title and link: at once when the browser is offline or the video's host cannot be reached
 * (embedProbe.ts: the frame's `load` fires for an error page too), else when the frame has
 * not loaded within the timeout.
 */
import { type HostProbe, type ProbeRun, probeInWorker, probeUrlOf } from './embedProbe.ts';

export interface DeferredEmbeds {
  /** Puts the iframes back into their slots (or a card where a video cannot load). */
  mount(): void;
  /** Takes the iframes (and cards) out again: nothing keeps playing off-screen. */
  unmount(): void;
  readonly count: number;
}

export interface EmbedOptions {
  /** How long a YouTube iframe may take to load (and its host to answer) before the card. */
  readonly loadTimeoutMs?: number;
  /**
   * Asks whether the video's host can be reached (default: a request from a Worker). Not
   * used in a cross-origin isolated page, where a `no-cors` request to a host that sends no
   * CORP header fails although the host is up: there the timer alone decides.
   */
  readonly probe?: HostProbe;
}

export const EMBED_LOAD_TIMEOUT_MS = 8000;

/** Why a video shows as a card. */
export type EmbedFailure = 'offline' | 'unreachable' | 'timeout';

const CARD_STATUS: Readonly<Record<EmbedFailure, string>> = Object.freeze({
  offline: 'Відео недоступне офлайн',
  unreachable: 'Відео недоступне: YouTube не відповідає',
  timeout: 'Відео не вдалося завантажити',
});

/** The default probe: one small Worker per question, ended with the answer. */
const defaultProbe: HostProbe = probeInWorker(
  () => new Worker(new URL('./embedProbeWorker.ts', import.meta.url), { type: 'module' }),
);

export interface YoutubeVideo {
  readonly id: string;
  /** The video's own page, for the card's link. */
  readonly watchUrl: string;
}

const YOUTUBE_HOST = /^(?:www\.|m\.)?(?:youtube\.com|youtube-nocookie\.com|youtu\.be)$/i;
const VIDEO_ID = /^[\w-]{6,20}$/;

/** The YouTube video an embed URL shows (`/embed/ID`, `watch?v=ID`, `youtu.be/ID`), if any. */
export function youtubeVideo(src: string): YoutubeVideo | undefined {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.example/');
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !YOUTUBE_HOST.test(url.hostname)) return undefined;
  const path = url.pathname.split('/').filter((part) => part !== '');
  const id = /youtu\.be$/i.test(url.hostname)
    ? path[0]
    : path[0] === 'embed' || path[0] === 'shorts' || path[0] === 'live'
      ? path[1]
      : url.searchParams.get('v');
  if (id === undefined || id === null || !VIDEO_ID.test(id)) return undefined;
  const start = url.searchParams.get('start') ?? url.searchParams.get('t');
  const at = start !== null && /^\d+$/.test(start) && start !== '0' ? `&t=${start}` : '';
  return { id, watchUrl: `https://www.youtube.com/watch?v=${id}${at}` };
}

interface Embed {
  readonly slot: HTMLElement;
  readonly frame: HTMLIFrameElement;
  readonly video: YoutubeVideo | undefined;
  /** What stands in the slot's place now (the frame or a card). */
  live: Element | undefined;
  timer: number | undefined;
  offLoad: (() => void) | undefined;
  probe: ProbeRun | undefined;
}

function createCard(embed: Embed, video: YoutubeVideo, reason: EmbedFailure): HTMLElement {
  const doc = embed.slot.ownerDocument;
  const card = doc.createElement('span');
  card.className = 'embed-card';
  card.dataset.reason = reason;
  card.setAttribute('role', 'group');
  card.setAttribute('style', embed.slot.getAttribute('style') ?? '');
  const title = embed.frame.title;
  card.setAttribute('aria-label', `${CARD_STATUS[reason]}: ${title}`);
  const icon = doc.createElement('span');
  icon.className = 'embed-card-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '▶';
  const status = doc.createElement('strong');
  status.className = 'embed-card-status';
  status.textContent = CARD_STATUS[reason];
  const name = doc.createElement('span');
  name.className = 'embed-card-title';
  name.textContent = title;
  const link = doc.createElement('a');
  link.className = 'embed-card-link';
  link.href = video.watchUrl;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = 'Дивитися на YouTube';
  const address = doc.createElement('span');
  address.className = 'embed-card-url';
  address.textContent = video.watchUrl.replace(/^https:\/\/www\./, '');
  card.append(icon, status, name, link, address);
  return card;
}

export function deferEmbeds(
  fragment: DocumentFragment,
  options: EmbedOptions = {},
): DeferredEmbeds {
  const loadTimeoutMs = options.loadTimeoutMs ?? EMBED_LOAD_TIMEOUT_MS;
  const probe = options.probe ?? defaultProbe;
  const embeds: Embed[] = [];
  for (const frame of fragment.querySelectorAll('iframe')) {
    const video = youtubeVideo(frame.getAttribute('src') ?? '');
    // Every frame needs an accessible name (axe: frame-title).
    if (!frame.title.trim()) frame.title = video ? 'Відео з YouTube' : 'Вбудований вміст';
    // The app is cross-origin isolated where its server sends COEP `credentialless` (for wasm
    // threads, vite.config.ts); a player without CORP headers loads there only as a
    // credentialless frame. Set before the frame is attached: it counts when the frame loads.
    frame.setAttribute('credentialless', '');
    const slot = frame.ownerDocument.createElement('span');
    slot.className = 'embed-slot';
    const width = frame.getAttribute('width');
    const height = frame.getAttribute('height');
    if (width && /^\d+$/.test(width)) slot.style.width = `${width}px`;
    if (height && /^\d+$/.test(height)) slot.style.height = `${height}px`;
    frame.replaceWith(slot);
    embeds.push({
      slot,
      frame,
      video,
      live: undefined,
      timer: undefined,
      offLoad: undefined,
      probe: undefined,
    });
  }

  const settle = (embed: Embed): void => {
    const win = embed.slot.ownerDocument.defaultView;
    if (embed.timer !== undefined) win?.clearTimeout(embed.timer);
    embed.offLoad?.();
    embed.probe?.cancel();
    embed.timer = undefined;
    embed.offLoad = undefined;
    embed.probe = undefined;
  };

  const swap = (embed: Embed, next: Element): void => {
    const current = embed.live ?? embed.slot;
    if (!current.isConnected) return;
    current.replaceWith(next);
    embed.live = next === embed.slot ? undefined : next;
  };

  const mountOne = (embed: Embed): void => {
    const win = embed.slot.ownerDocument.defaultView;
    if (!embed.slot.isConnected || embed.live !== undefined) return;
    const { video, frame } = embed;
    if (video === undefined || win === null) {
      swap(embed, frame);
      return;
    }
    if (!win.navigator.onLine) {
      swap(embed, createCard(embed, video, 'offline'));
      return;
    }
    // Online as far as the browser knows. The frame has loaded once it fired `load` and its
    // host answered (`load` alone may be an error page); a host that cannot be reached, or a
    // frame not loaded in time, turns into the card.
    const fail = (reason: EmbedFailure): void => {
      settle(embed);
      delete frame.dataset.embedState;
      if (embed.live === frame) swap(embed, createCard(embed, video, reason));
    };
    let loaded = false;
    let reached = false;
    const check = (): void => {
      if (!loaded || !reached) return;
      settle(embed);
      frame.dataset.embedState = 'ready';
    };
    const onLoad = (): void => {
      loaded = true;
      check();
    };
    frame.dataset.embedState = 'loading';
    frame.addEventListener('load', onLoad, { once: true });
    embed.offLoad = () => frame.removeEventListener('load', onLoad);
    // timing: an iframe's load timeout (then a card); when it mounts is ../lifecycle.ts's
    embed.timer = win.setTimeout(() => fail('timeout'), loadTimeoutMs);
    const probeUrl = probeUrlOf(frame.getAttribute('src') ?? '', embed.slot.baseURI);
    if (probeUrl === undefined || win.crossOriginIsolated) {
      reached = true;
    } else {
      const run = probe(probeUrl);
      embed.probe = run;
      void run.answer.then((answer) => {
        if (embed.probe !== run) return; // settled or unmounted meanwhile
        embed.probe = undefined;
        if (!answer) {
          fail('unreachable');
          return;
        }
        reached = true;
        check();
      });
    }
    swap(embed, frame);
  };

  return {
    count: embeds.length,
    mount() {
      for (const embed of embeds) mountOne(embed);
    },
    unmount() {
      for (const embed of embeds) {
        settle(embed);
        if (embed.live !== undefined) swap(embed, embed.slot);
      }
    },
  };
}
