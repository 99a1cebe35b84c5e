import type { LanguageFn } from 'highlight.js';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import shell from 'highlight.js/lib/languages/shell';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

/** The languages fenced code may name (their highlight.js aliases work too: py, sh, js…). */
export const highlightLanguages: Readonly<Record<string, LanguageFn>> = Object.freeze({
  bash,
  css,
  javascript,
  json,
  plaintext,
  python,
  shell,
  typescript,
  xml,
  yaml,
});
