import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCourseConfig, readCourseConfig } from '../../src/check/courseConfig.ts';

const existing = new Set(['figures/logo.svg', 'figures/my logo.png']);
const fileExists = (path: string): boolean => existing.has(path);
const parse = (text: string | undefined) => parseCourseConfig(text, { fileExists });

describe('parseCourseConfig', () => {
  it('no file, no logo, no problem', () => {
    expect(parse(undefined)).toEqual({ config: {}, problems: [] });
  });

  it.each([
    ['{"logo": "figures/logo.svg"}', 'figures/logo.svg'],
    ['{"logo": "./figures/logo.svg"}', 'figures/logo.svg'],
    ['{"logo": "figures/my logo.png"}', 'figures/my logo.png'],
    ['{"logo": "figures/x/../logo.svg"}', 'figures/logo.svg'],
  ])('%s → logo %s', (text, logo) => {
    expect(parse(text)).toEqual({ config: { logo }, problems: [] });
  });

  it.each([
    ['{}', []],
    ['{"logo": null}', []],
  ])('%s: no logo, no problem', (text, problems) => {
    expect(parse(text)).toEqual({ config: {}, problems });
  });

  it.each([
    // A file that cannot be read as settings: ignored as a whole.
    ['not json', 'is not valid JSON'],
    ['[1, 2]', 'must hold a JSON object'],
    ['"figures/logo.svg"', 'must hold a JSON object'],
    ['null', 'must hold a JSON object'],
    // A logo that cannot be used.
    ['{"logo": "figures/missing.svg"}', 'the logo figures/missing.svg does not exist'],
    ['{"logo": "../secret.svg"}', 'must be a path under figures/'],
    ['{"logo": "figures/../../etc/x.svg"}', 'must be a path under figures/'],
    ['{"logo": "https://evil.example/logo.svg"}', 'not a URL'],
    ['{"logo": "/figures/logo.svg"}', 'not a URL or an absolute path'],
    ['{"logo": "figures/logo.pdf"}', 'is not an image'],
    ['{"logo": "figures/\\"onerror=x.svg"}', 'characters a path cannot have'],
    ['{"logo": ""}', 'is empty'],
    ['{"logo": 42}', '"logo" must be a path'],
    ['{"logo": ["figures/logo.svg"]}', '"logo" must be a path'],
  ])('%s: no logo, one warning naming the file (%s)', (text, problem) => {
    const result = parse(text);
    expect(result.config).toEqual({});
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('slides/course.json');
    expect(result.problems[0]).toContain(problem);
  });

  it('reports unknown settings and keeps the known ones', () => {
    const result = parse('{"logo": "figures/logo.svg", "colour": "red"}');
    expect(result.config).toEqual({ logo: 'figures/logo.svg' });
    expect(result.problems).toEqual([
      'slides/course.json: unknown setting "colour" is ignored (known: logo).',
    ]);
  });

  it('survives a file check that throws', () => {
    const result = parseCourseConfig('{"logo": "figures/logo.svg"}', {
      fileExists: () => {
        throw new Error('EACCES');
      },
    });
    expect(result.config).toEqual({});
    expect(result.problems[0]).toContain('does not exist');
  });
});

describe('readCourseConfig', () => {
  const root = mkdtempSync(join(tmpdir(), 'course-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'slides'));
  mkdirSync(join(root, 'figures', 'dir.svg'), { recursive: true });
  writeFileSync(join(root, 'figures', 'logo.svg'), '<svg/>');

  it('reads slides/course.json and checks the logo on disk', () => {
    expect(readCourseConfig(root)).toEqual({ config: {}, problems: [] });
    writeFileSync(join(root, 'slides', 'course.json'), '{"logo": "figures/logo.svg"}');
    expect(readCourseConfig(root)).toEqual({ config: { logo: 'figures/logo.svg' }, problems: [] });
    writeFileSync(join(root, 'slides', 'course.json'), '{"logo": "figures/dir.svg"}');
    expect(readCourseConfig(root).problems[0]).toContain('does not exist');
  });

  it('reports a course.json it cannot read', () => {
    const other = join(root, 'other');
    mkdirSync(join(other, 'slides', 'course.json'), { recursive: true });
    const result = readCourseConfig(other);
    expect(result.config).toEqual({});
    expect(result.problems[0]).toContain('slides/course.json cannot be read');
  });
});
