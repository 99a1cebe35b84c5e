// Node-only Vite plugin: slides/*.md → pre-rendered deck modules, figures/ served and copied,
// scoped highlight.js themes, and in dev a `deck:update` HMR event when a deck is saved.
import { cpSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import type { IndexHtmlTransformContext, Plugin, ResolvedConfig, ViteDevServer } from 'vite';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;

import { COURSE_CONFIG_FILE, readCourseConfig } from '../check/courseConfig.ts';
import { deckIdProblem, isDeckId } from '../model/deckId.ts';
import type { RenderedDeck } from '../model/index.ts';
import type { FigureStandIn } from '../render/index.ts';
import { figureStandIns as defaultStandIns } from '../widgets/standIns.ts';
import type { RenderedDecksApi } from './deckCachePlugin.ts';
import { skippedMessage } from './deckFiles.ts';
import { createDeckSource, type DeckSource } from './deckSource.ts';
import { deckPreloadScript } from './preloadScript.ts';
import { scopeCss } from './scopeCss.ts';

export const MANIFEST_ID = 'virtual:deck-manifest';
export const DECK_PREFIX = 'virtual:deck/';
export const HLJS_THEMES_ID = 'virtual:hljs-themes.css';
/** The custom HMR event carrying a freshly rendered deck. */
export const DECK_UPDATE_EVENT = 'deck:update';

export interface DeckPluginOptions {
  /**
   * The course's folder, holding `slidesDir` and `figuresDir` (absolute, or relative to the
   * project root); the project root by default. Figure paths in decks are relative to it.
   */
  readonly contentRoot?: string;
  /** Folder of the decks, relative to the content root. */
  readonly slidesDir?: string;
  /** Folder served at `/figures/` and copied into the build output (relative to the content root). */
  readonly figuresDir?: string;
  /** Missing figures replaced by live widgets; default: src/widgets/standIns.ts. */
  readonly figureStandIns?: Readonly<Record<string, FigureStandIn>>;
  /** Built font files to preload from index.html (the first slide's text fonts). */
  readonly preloadFonts?: RegExp;
  /** highlight.js theme names for light and black slides. */
  readonly lightTheme?: string;
  readonly darkTheme?: string;
}

const MIME: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

const resolved = (id: string): string => `\0${id}`;

/**
 * Puts the entry stylesheet (the theme, ~17 KB) into index.html: one request fewer on the
 * first load, which leaves a connection free for the fonts (HTTP/1.1: six per host). A
 * disabled `<link>` to the same file stays: a disabled stylesheet is neither fetched nor
 * applied, but Vite's preload helper, which lists the entry's CSS with every lazy chunk that
 * imports the entry, sees the link and does not add (fetch, apply, restyle) the sheet again on
 * the first widget's mount.
 */
function inlineEntryStyles(html: string, bundle: OutputBundle, base: string): string {
  return html.replace(
    /<link rel="stylesheet"(?: crossorigin)? href="([^"]+\.css)">/g,
    (tag, href: string) => {
      const asset = Object.values(bundle).find(
        (f) => f.type === 'asset' && base + f.fileName === href,
      );
      if (asset?.type !== 'asset') return tag;
      const css =
        typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
      const style = `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
      return `${style}\n    <link rel="stylesheet" href="${href}" disabled>`;
    },
  );
}

/**
 * Parsing and rendering report problems as data; a throw is a bug of ours, and one deck's
 * bug must not fail the build or the dev server: that deck is left out (and logged).
 */
function renderSafely(src: DeckSource, id: string): RenderedDeck | undefined {
  try {
    return src.render(id);
  } catch (error) {
    console.error(`[decks] ${id} could not be rendered: ${String(error)}`);
    return undefined;
  }
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  const slidesDir = options.slidesDir ?? 'slides';
  const figureStandIns = options.figureStandIns ?? defaultStandIns;
  const figuresDir = options.figuresDir ?? 'figures';
  let config: ResolvedConfig | undefined;
  const projectRoot = (): string => config?.root ?? process.cwd();
  const root = (): string => resolve(projectRoot(), options.contentRoot ?? '.');
  /** The course settings (slides/course.json), read afresh for each use; problems logged. */
  const courseLogo = (): string | undefined => {
    const course = readCourseConfig(root(), slidesDir);
    for (const problem of course.problems) warn(problem);
    return course.config.logo;
  };
  const source = () => {
    const logo = courseLogo();
    return createDeckSource(root(), {
      slidesDir,
      figureStandIns,
      ...(logo === undefined ? {} : { logo }),
    });
  };
  /** The decks rendered for the manifest (shared with the deck cache plugin through `api`). */
  let rendered: readonly RenderedDeck[] = [];

  /** Warnings go to Vite's logger, each distinct one once (the manifest is rebuilt in dev). */
  const warn = (message: string): void => {
    if (config) config.logger.warnOnce(`[decks] ${message}`);
    else console.warn(`[decks] ${message}`);
  };

  const manifestCode = (): string => {
    const src = source();
    const files = src.files();
    for (const skipped of files.skipped) warn(skippedMessage(slidesDir, skipped));
    const decks = files.ids
      .map((id) => {
        const deck = renderSafely(src, id);
        if (deck === undefined) warn(`${slidesDir}/${id} could not be read; it is left out.`);
        return deck;
      })
      .filter((d) => d !== undefined);
    rendered = decks;
    // The author hears of missing figures here too (the audience sees a designed stand-in).
    for (const deck of decks) {
      for (const m of deck.messages) {
        if (m.rule !== 'missing-figure') continue;
        const where =
          m.slide === undefined ? '' : ` slide ${m.slide + 1}${m.line ? `, line ${m.line}` : ''}`;
        warn(`${slidesDir}/${deck.id}${where}: ${m.message}`);
      }
    }
    const summaries = decks.map((d) => src.summary(d));
    const loaders = summaries
      .map((d) => `${JSON.stringify(d.id)}: () => import(${JSON.stringify(DECK_PREFIX + d.id)})`)
      .join(',\n  ');
    return `export const decks = ${JSON.stringify(summaries)};\nexport const loaders = {\n  ${loaders}\n};\n`;
  };

  const deckCode = (id: string): string | undefined => {
    const deck = renderSafely(source(), id);
    if (deck === undefined) return undefined;
    // JSON.parse of a string literal is faster to load than an object literal.
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(deck))});\n`;
  };

  const themesCode = (): string => {
    const require = createRequire(join(projectRoot(), 'package.json'));
    const read = (name: string): string =>
      readFileSync(require.resolve(`highlight.js/styles/${name}.css`), 'utf8');
    return (
      scopeCss(read(options.lightTheme ?? 'github'), ':where(.slide:not(.black-slide))') +
      scopeCss(read(options.darkTheme ?? 'github-dark'), ':where(.slide.black-slide)')
    );
  };

  const deckIdOfFile = (file: string): string | undefined => {
    const dir = resolve(root(), slidesDir) + sep;
    const full = resolve(file);
    if (!full.startsWith(dir)) return undefined;
    const name = full.slice(dir.length);
    return isDeckId(name) ? name : undefined;
  };

  /** A `.md` file added directly under slides/ whose name the rule refuses: say so. */
  const warnIfRefused = (file: string): void => {
    const dir = resolve(root(), slidesDir) + sep;
    const name = resolve(file).slice(dir.length);
    if (!resolve(file).startsWith(dir) || name.includes(sep) || !/\.md$/i.test(name)) return;
    const reason = deckIdProblem(name);
    if (reason !== undefined) warn(skippedMessage(slidesDir, { name, reason }));
  };

  const serveFigures = (server: ViteDevServer): void => {
    const base = resolve(root(), figuresDir);
    server.middlewares.use('/figures', (req, res, next) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const full = normalize(join(base, path));
      if (!full.startsWith(base + sep) || !existsSync(full) || !statSync(full).isFile()) {
        next();
        return;
      }
      res.setHeader(
        'Content-Type',
        MIME[extname(full).toLowerCase()] ?? 'application/octet-stream',
      );
      createReadStream(full).pipe(res);
    });
  };

  const watchDecks = (server: ViteDevServer): void => {
    const graph = server.environments.client.moduleGraph;
    const invalidate = (id: string): void => {
      const mod = graph.getModuleById(resolved(id));
      if (mod) graph.invalidateModule(mod);
    };
    /** slides/course.json (the logo) touches every deck: rebuild them all and reload. */
    const courseFile = resolve(root(), slidesDir, COURSE_CONFIG_FILE);
    const onCourseChange = (): void => {
      for (const id of source().list()) invalidate(DECK_PREFIX + id);
      invalidate(MANIFEST_ID);
      server.ws.send({ type: 'full-reload' });
    };
    const onChange = (file: string): void => {
      if (resolve(file) === courseFile) {
        onCourseChange();
        return;
      }
      const id = deckIdOfFile(file);
      if (id === undefined) return;
      invalidate(DECK_PREFIX + id);
      invalidate(MANIFEST_ID);
      try {
        const deck = source().render(id);
        if (deck !== undefined) {
          server.ws.send({ type: 'custom', event: DECK_UPDATE_EVENT, data: deck });
        }
      } catch (error) {
        // Parsing and rendering report problems as data; a throw is a bug, not a dead server.
        server.config.logger.error(`deck ${id} could not be rendered: ${String(error)}`);
        server.ws.send({ type: 'error', err: { message: String(error), stack: '' } });
      }
    };
    const onAddOrRemove = (file: string, added: boolean): void => {
      if (resolve(file) === courseFile) {
        onCourseChange();
        return;
      }
      if (deckIdOfFile(file) === undefined) {
        if (added) warnIfRefused(file);
        return;
      }
      invalidate(MANIFEST_ID);
      server.ws.send({ type: 'full-reload' });
    };
    server.watcher.add(resolve(root(), slidesDir));
    server.watcher.on('change', onChange);
    server.watcher.on('add', (file) => onAddOrRemove(file, true));
    server.watcher.on('unlink', (file) => onAddOrRemove(file, false));
  };

  return {
    name: 'live-lecture-deck',
    api: { renderedDecks: () => rendered } satisfies RenderedDecksApi,
    configResolved(c) {
      config = c;
    },
    resolveId(id) {
      if (id === MANIFEST_ID || id === HLJS_THEMES_ID) return resolved(id);
      if (id.startsWith(DECK_PREFIX) && isDeckId(id.slice(DECK_PREFIX.length))) {
        return resolved(id);
      }
      return undefined;
    },
    load(id) {
      if (id === resolved(MANIFEST_ID)) return manifestCode();
      if (id === resolved(HLJS_THEMES_ID)) return themesCode();
      if (id.startsWith(resolved(DECK_PREFIX))) {
        const deckId = id.slice(resolved(DECK_PREFIX).length);
        const file = join(root(), slidesDir, deckId);
        if (existsSync(file)) this.addWatchFile(file);
        return deckCode(deckId);
      }
      return undefined;
    },
    configureServer(server) {
      serveFigures(server);
      watchDecks(server);
    },
    hotUpdate({ file }) {
      // Deck files are handled by the custom event above: no module update, no reload.
      if (deckIdOfFile(file) !== undefined) return [];
      return undefined;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (bundle === undefined) return undefined;
        const base = config?.base ?? '/';
        const fonts = options.preloadFonts ?? /source-sans-3-(latin|cyrillic)-(400|700)-normal/;
        const fontFiles = Object.values(bundle)
          .filter((f) => f.type === 'asset' && f.fileName.endsWith('.woff2'))
          .map((f) => base + f.fileName)
          .filter((href) => fonts.test(href));
        const chunks: Record<string, string> = {};
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk' || file.facadeModuleId === null) continue;
          const prefix = resolved(DECK_PREFIX);
          if (file.facadeModuleId.startsWith(prefix)) {
            chunks[file.facadeModuleId.slice(prefix.length)] = base + file.fileName;
          }
        }
        // Right after <meta charset>, before the stylesheet: an inline script placed after a
        // stylesheet would wait for the CSS to arrive.
        const script = `<script>${deckPreloadScript(chunks, fontFiles)}</script>`;
        const charset = /<meta charset[^>]*>/i;
        const withScript = charset.test(html)
          ? html.replace(charset, (meta) => `${meta}\n    ${script}`)
          : html.replace(/<head>/i, `<head>\n    ${script}`);
        return inlineEntryStyles(withScript, bundle, base);
      },
    },
    writeBundle(outputOptions) {
      const from = resolve(root(), figuresDir);
      const outDir = outputOptions.dir ?? resolve(projectRoot(), config?.build.outDir ?? 'dist');
      if (existsSync(from)) cpSync(from, join(outDir, basename(figuresDir)), { recursive: true });
    },
  };
}
