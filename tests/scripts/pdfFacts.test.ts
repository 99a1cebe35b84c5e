import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfFacts } from '../../scripts/lib/pdfFacts.ts';

/** A minimal PDF: `pages` pages, the first drawing `content` (deflated when `deflate`). */
function pdf(pages: number, content: string, deflate: boolean): Buffer {
  const body = deflate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content);
  const filter = deflate ? ' /Filter /FlateDecode' : '';
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 1 >> endobj\n')];
  for (let i = 0; i < pages; i += 1) {
    parts.push(Buffer.from(`${10 + i} 0 obj << /Type /Page /Parent 1 0 R >> endobj\n`));
  }
  parts.push(
    Buffer.from('5 0 obj << /Type /Font /ToUnicode 6 0 R >> endobj\n'),
    Buffer.from(`7 0 obj << /Length ${body.length}${filter} >>\nstream\n`),
    body,
    Buffer.from('\nendstream\nendobj\n%%EOF\n'),
  );
  return Buffer.concat(parts);
}

describe('pdfFacts', () => {
  it('counts pages (not the /Pages tree node)', () => {
    expect(pdfFacts(pdf(3, '', false)).pages).toBe(3);
    expect(pdfFacts(pdf(79, '', true)).pages).toBe(79);
  });

  it('finds text drawn with text operators, in deflated and plain streams', () => {
    const drawn = 'BT /F1 12 Tf 10 10 Td <0012> Tj ET';
    expect(pdfFacts(pdf(1, drawn, true)).textStreams).toBe(1);
    expect(pdfFacts(pdf(1, drawn, false)).textStreams).toBe(1);
    expect(pdfFacts(pdf(1, '0 0 10 10 re f', true)).textStreams).toBe(0);
    expect(pdfFacts(pdf(1, '', true)).unicodeFonts).toBe(1);
  });
});
