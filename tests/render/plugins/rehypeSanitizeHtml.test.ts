import { describe, expect, it } from 'vitest';
import { makeToken } from '../../../src/render/placeholders.ts';
import { rehypeSanitizeHtml } from '../../../src/render/plugins/rehypeSanitizeHtml.ts';
import { runPlugin } from './runPlugin.ts';

const run = (html: string, data?: Parameters<typeof runPlugin>[2]) =>
  runPlugin(rehypeSanitizeHtml(), html, data);
const clean = (html: string) => run(html).html;
const reasons = (html: string) => run(html).messages.map((m) => m.reason);

describe('rehypeSanitizeHtml', () => {
  it('removes script elements and comments', () => {
    expect(clean('<p>a<script>alert(1)</script><!-- note -->b</p>')).toBe('<p>ab</p>');
  });

  it('removes event handler attributes but keeps the rest', () => {
    expect(clean('<img src="a.png" onerror="x()" alt="A" ONLOAD="y()">')).toBe(
      '<img src="a.png" alt="A">',
    );
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
  ])('removes the href %j', (href) => {
    expect(clean(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`)).toBe('<a>x</a>');
  });

  it.each([
    'https://example.org/',
    'http://example.org/',
    'mailto:a@example.org',
    'figures/x.pdf',
    './x.pdf',
    '/x.pdf',
    '#3',
    '?p=lecture5.md#3',
  ])('keeps the href %j', (href) => {
    expect(clean(`<a href="${href}">x</a>`)).toBe(`<a href="${href}">x</a>`);
  });

  it('keeps data: media sources but removes javascript: ones', () => {
    const media =
      '<img src="data:image/png;base64,iVBORw0KGgo="><video src="data:audio/wav;base64,UklGR"></video>';
    expect(clean(media)).toBe(media);
    expect(clean('<img src="javascript:alert(1)"><video src="javascript:alert(2)"></video>')).toBe(
      '<img><video></video>',
    );
  });

  it('keeps what the course uses: video, styled paragraphs, tables, players', () => {
    const html =
      '<p class="shadow" style="line-height: 180%;">t<br>u</p><video loop controls preload="auto" width="800"><source src="v.mp4" type="video/mp4"></video><iframe width="640" src="https://www.youtube.com/embed/x?&#x26;loop=1" frameborder="0" volume="0" allowfullscreen></iframe><table><tbody><tr><td colspan="2" style="color: red">a</td></tr></tbody></table>';
    expect(clean(html)).toBe(html);
    expect(reasons(html)).toEqual([]);
  });

  it('keeps widget placeholders with their data attributes', () => {
    const html =
      '<div class="widget live-cell" data-widget="live-cell" data-cell="dense-fit" data-widget-id="w1"></div><span class="figure-widget" data-widget="x" data-batch-size="8"></span>';
    expect(clean(html)).toBe(html);
  });

  it('removes an iframe that shows no video player, whole', () => {
    expect(clean('<iframe srcdoc="<script>top.x=1</script>"></iframe>')).toBe('');
    expect(clean('<iframe src="https://evil.example/"></iframe>')).toBe('');
    expect(clean('<iframe src="javascript:alert(1)"></iframe>')).toBe('');
    expect(clean('<iframe src="data:text/html,<script>alert(1)</script>"></iframe>')).toBe('');
    expect(clean('<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>')).toBe('');
    expect(clean('<iframe src="HTTPS://www.youtube.com/embed/x"></iframe>')).toBe('');
    expect(reasons('<iframe src="https://evil.example/"></iframe>')).toEqual([
      'Removed <iframe src="https://evil.example/">: only YouTube and Vimeo players may be embedded',
    ]);
  });

  it('keeps a player iframe but not its srcdoc', () => {
    expect(
      clean(
        '<iframe src="https://player.vimeo.com/video/1" srcdoc="<script>x()</script>"></iframe>',
      ),
    ).toBe('<iframe src="https://player.vimeo.com/video/1"></iframe>');
  });

  it('removes SVG with its content (animated javascript: hrefs)', () => {
    const svg =
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><set attributeName="href" to="javascript:alert(2)"/><text>t</text></a></svg>';
    expect(clean(`<p>${svg}</p>`)).toBe('<p></p>');
  });

  it('leaves nothing of the form/math/mglyph/style mutation', () => {
    const html = clean(
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<(?:img|style|math|form|mglyph)/);
    expect(html).not.toContain('onerror');
  });

  it.each([
    '<meta http-equiv="refresh" content="0">',
    '<style>body { display: none }</style>',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<object data="x.swf"></object>',
    '<embed src="x.swf">',
    '<template><img src=x onerror=alert(1)></template>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  ])('removes %s', (html) => {
    expect(clean(html)).toBe('');
  });

  it('unwraps elements that are not allowed, keeping their text', () => {
    expect(
      clean('<form action="javascript:x()"><button formaction="javascript:y()">go</button></form>'),
    ).toBe('go');
  });

  it('prefixes ids and names so they cannot clobber globals', () => {
    expect(clean('<img name="getElementById" id="app">')).toBe(
      '<img name="user-content-getElementById" id="user-content-app">',
    );
  });

  it('reports each removal with its rule and line', () => {
    const { messages } = run(
      '<p onclick="x()">a</p>\n<script>x()</script>\n<a href="javascript:y()">b</a>',
    );
    expect(messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual([
      ['unsafe-html', 1, 'Removed from <p>: onclick (not allowed in slides)'],
      ['unsafe-html', 2, 'Removed <script> and its content: not allowed in slides'],
      ['unsafe-html', 3, 'Removed from <a>: href="javascript:y()" (not allowed in slides)'],
    ]);
    expect(messages.every((m) => m.fatal === false)).toBe(true);
  });

  it('shows hostile values in messages shortened, without control characters', () => {
    const [reason] = reasons(`<a href="javascript:\u202E${'x'.repeat(200)}">b</a>`);
    expect(reason).toBeDefined();
    expect(reason).not.toContain('\u202E');
    expect(reason?.length).toBeLessThan(120);
  });

  it('shows placeholder tokens in messages as the author wrote them', () => {
    const token = makeToken(0);
    const placeholders = new Map([[token, { block: false, nodes: [], source: '$x$' }]]);
    const { messages } = run(`<a href="java${token}script:y()">b</a>`, { placeholders });
    expect(messages.map((m) => m.reason)).toEqual([
      'Removed from <a>: href="java$x$script:y()" (not allowed in slides)',
    ]);
  });
});
