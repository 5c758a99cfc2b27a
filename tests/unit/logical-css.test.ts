// Layouts read from the right in a right-to-left language only if no rule names a physical side: every stylesheet
// and inline style uses logical properties (inline-start/end) instead of left and right.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const folders = ['components', 'entrypoints', 'pages'];

function files(dir: string, ends: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ends) : ends.test(name) ? [path] : [];
  });
}

/** A declaration that fixes a side: margin-left, padding-right, border-left…, left:/right:, float or text-align or clear to a side. */
const PHYSICAL_CSS = /(^|[\s;{])((margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)\b[\w-]*|(left|right)\s*:|(float|clear|text-align)\s*:\s*(left|right)\b)/m;
/**
 * A corner named by its side (border-top-left-radius), or a border-radius shorthand of three or four values whose
 * left and right corners differ ("0 3px 3px 0" rounds the right end, which is the start right to left).
 */
const PHYSICAL_RADIUS = /border-(top|bottom)-(left|right)-radius|border-radius\s*:\s*([^\s;/]+)\s+(?!\3[\s;/])[^\s;/]+\s+[^\s;/]+/m;

/** The same in a Preact style object. */
const PHYSICAL_STYLE = /\b(margin|padding|border)(Left|Right)\w*\s*:|\b(left|right)\s*:\s*[\d`'"]|\b(float|textAlign)\s*:\s*['"](left|right)['"]/;

/** Each offending line, with its file and line number, so a failure says where to look. */
function offending(paths: string[], rule: RegExp, strip: (line: string) => string = (l) => l): string[] {
  return paths.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, i) => (rule.test(strip(line)) ? [`${relative(root, path)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('logical CSS only', () => {
  const css = folders.flatMap((f) => files(join(root, f), /\.css$/));
  const tsx = folders.flatMap((f) => files(join(root, f), /\.tsx$/));

  it('finds the stylesheets and components it checks', () => {
    expect(css.length).toBeGreaterThan(5);
    expect(tsx.length).toBeGreaterThan(20);
  });

  it('no stylesheet names a left or right side', () => {
    // Comments may say "left" in prose: only declarations count.
    const withoutComments = (line: string) => line.replace(/\/\*.*?(\*\/|$)/g, '');
    expect(offending(css, PHYSICAL_CSS, withoutComments)).toEqual([]);
  });

  it('no stylesheet rounds a left or right corner', () => {
    const withoutComments = (line: string) => line.replace(/\/\*.*?(\*\/|$)/g, '');
    expect(offending(css, PHYSICAL_RADIUS, withoutComments)).toEqual([]);
  });

  it('no inline style names a left or right side', () => {
    const code = (line: string) => (/^\s*(\/\/|\*|\/\*)/.test(line) ? '' : line);
    expect(offending(tsx, PHYSICAL_STYLE, code)).toEqual([]);
  });

  it('the rules catch what they are for', () => {
    expect(PHYSICAL_CSS.test('  padding-left: 1rem;')).toBe(true);
    expect(PHYSICAL_CSS.test('.a{margin-right:0}')).toBe(true);
    expect(PHYSICAL_CSS.test('  border-left-color: red;')).toBe(true);
    expect(PHYSICAL_CSS.test('  left: 0;')).toBe(true);
    expect(PHYSICAL_CSS.test('  text-align: right;')).toBe(true);
    expect(PHYSICAL_CSS.test('  padding-inline-start: 1rem;')).toBe(false);
    expect(PHYSICAL_CSS.test('  inset-inline-end: 0;')).toBe(false);
    expect(PHYSICAL_CSS.test('  text-align: start;')).toBe(false);
    expect(PHYSICAL_RADIUS.test('  border-radius: 0 3px 3px 0;')).toBe(true);
    expect(PHYSICAL_RADIUS.test('  border-radius: 4px 0 0;')).toBe(true);
    expect(PHYSICAL_RADIUS.test('  border-top-right-radius: 3px;')).toBe(true);
    expect(PHYSICAL_RADIUS.test('  border-radius: 3px;')).toBe(false);
    expect(PHYSICAL_RADIUS.test('  border-radius: 3px 3px 0 0;')).toBe(false);
    expect(PHYSICAL_RADIUS.test('  border-radius: 50% / 10%;')).toBe(false);
    expect(PHYSICAL_RADIUS.test('  border-start-end-radius: 3px;')).toBe(false);
    expect(PHYSICAL_STYLE.test('style={{ marginLeft: 4 }}')).toBe(true);
    expect(PHYSICAL_STYLE.test("style={{ textAlign: 'left' }}")).toBe(true);
    expect(PHYSICAL_STYLE.test('style={{ marginInlineStart: 4 }}')).toBe(false);
  });
});
