import { describe, expect, it } from 'vitest';
import { rehypeDropUnsafe } from '../../../src/render/plugins/rehypeDropUnsafe.ts';
import { runPlugin } from './runPlugin.ts';

const clean = (html: string) => runPlugin(rehypeDropUnsafe(), html).html;

describe('rehypeDropUnsafe', () => {
  it('removes script elements and comments', () => {
    expect(clean('<p>a<script>alert(1)</script><!-- note -->b</p>')).toBe('<p>ab</p>');
  });

  it('removes event handler attributes but keeps the rest', () => {
    expect(clean('<img src="a.png" onerror="x()" alt="A" ONLOAD="y()">')).toBe(
      '<img src="a.png" alt="A">',
    );
  });

  it('removes javascript: URLs', () => {
    expect(clean('<a href="javascript:alert(1)">x</a><a href="https://e.org">y</a>')).toBe(
      '<a>x</a><a href="https://e.org">y</a>',
    );
  });

  it('keeps video, iframe and styled raw HTML', () => {
    const html =
      '<p class="shadow" style="line-height: 180%;">t</p><video controls><source src="v.mp4"></video><iframe src="https://www.youtube.com/embed/x"></iframe>';
    expect(clean(html)).toBe(html);
  });
});
