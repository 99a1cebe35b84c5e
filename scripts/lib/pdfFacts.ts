// What a PDF holds, read without a PDF library: page count and whether pages carry text
// (drawn with text operators and mapped to Unicode, so it can be selected and copied).
import { inflateSync } from 'node:zlib';

export interface PdfFacts {
  readonly pages: number;
  /** Content streams that draw text (`BT … Tj/TJ … ET`). */
  readonly textStreams: number;
  /** Fonts with a `/ToUnicode` map (glyphs → characters). */
  readonly unicodeFonts: number;
}

const STREAM = /stream\r?\n/g;

/** The decoded bodies of the file's Flate (or unfiltered) streams. */
function streams(pdf: Buffer): Buffer[] {
  const found: Buffer[] = [];
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(STREAM)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, (match.index ?? 0) - 300), match.index);
    const body = pdf.subarray(start, end);
    if (/\/Filter\s*\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf('<<')))) {
      try {
        found.push(inflateSync(body));
      } catch {
        // a stream of another kind (e.g. an image with its own filter chain)
      }
    } else {
      found.push(body);
    }
  }
  return found;
}

export function pdfFacts(pdf: Buffer): PdfFacts {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const textStreams = streams(pdf).filter((s) => {
    const body = s.toString('latin1');
    return /\bBT\b/.test(body) && /\bT[jJ]\b/.test(body);
  }).length;
  const unicodeFonts = text.match(/\/ToUnicode\s+\d+\s+\d+\s+R/g)?.length ?? 0;
  return { pages, textStreams, unicodeFonts };
}
