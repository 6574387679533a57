/**
 * Contributed content is a trust boundary. tests/fixtures/hostile holds every kind of hostile or
 * broken file an editor's pull request can carry, in both languages: bodies that try to run code or
 * act in readers' browsers, alias bombs, ids that are not ids, values that are not figures.
 * `npm run check` and the build list every problem in one run, each with its file and line; the
 * build runs none of the bodies' code, and nothing crashes on the way.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/build/site-env.ts';
import { TMP, buildSite, removeDir } from '../helpers/build.ts';

const HOSTILE = path.join(projectRoot, 'tests/fixtures/hostile/content');
/** Where the bodies' code would write if it ran (relative to the project root, where builds run). */
const MARKER = path.join(projectRoot, '.tmp/hostile-body-ran');

/** Every problem of the fixture: file, line, and what the message must say. */
const PROBLEMS: [string, number, RegExp][] = [
  // Bodies: code, raw HTML, forged search metadata, unsafe addresses, syntax slips.
  ['articles/hostile-body/zh.mdx', 12, /:1: import \{ writeFileSync \}.*no import or export/],
  ['articles/hostile-body/zh.mdx', 15, /\{ran\}; expected text, not an expression/],
  ['articles/hostile-body/zh.mdx', 17, /<meta>; expected no <meta>/],
  ['articles/hostile-body/zh.mdx', 19, /<script>; expected no <script>/],
  ['articles/hostile-body/zh.mdx', 21, /<iframe>; expected no <iframe>/],
  ['articles/hostile-body/zh.mdx', 23, /style on <span>/],
  ['articles/hostile-body/zh.mdx', 23, /onClick on <span>; expected no event handler/],
  ['articles/hostile-body/zh.mdx', 23, /data-pagefind-meta on <span>; expected no data-pagefind-\* attributes/],
  ['articles/hostile-body/zh.mdx', 25, /a link address "javascript:alert\(1\)"/],
  ['articles/hostile-body/zh.mdx', 25, /<Evil>; expected Markdown, <ModelTable \/>/],
  ['articles/hostile-body/zh.mdx', 27, /<Chart type="pie" metric="score" \/>; expected type="bar", type="grouped" or type="scatter"/],
  ['articles/hostile-body/zh.mdx', 29, /:5: a "<" that starts no tag; expected .*write \\< or &lt;/],
  ['articles/hostile-body/zh.mdx', 31, /closing tag for `<Takeaway>`/],
  ['articles/hostile-body/en.mdx', 7, /:1: export const who.*no import or export/],
  ['articles/hostile-body/en.mdx', 9, /\{who\}; expected text/],
  ['articles/hostile-body/en.mdx', 11, /<base>; expected no <base>/],
  ['articles/hostile-body/en.mdx', 13, /<form>; expected no <form>/],
  ['articles/hostile-body/en.mdx', 15, /onMouseOver on <sup>/],
  ['articles/hostile-body/en.mdx', 15, /\{\.\.\.props\} in <abbr>/],
  ['articles/hostile-body/en.mdx', 17, /metric=\{"score"\} in <Chart>; expected a literal string/],
  ['articles/hostile-body/en.mdx', 19, /an image address "javascript:alert\(1\)"/],
  ['articles/hostile-body/en.mdx', 21, /\{a, b\}; expected text, not an expression: .*escape it as \\\{/],
  // An image address Astro would import: code, a file read, or a live SVG document.
  ['articles/hostile-body/en.mdx', 23, /:1: an image address "\.\/payload\.mjs"; expected an http\(s\) address, a path on the site/],
  ['articles/hostile-body/en.mdx', 23, /:23: an image address "\.\/evil\.svg"/],
  // Frontmatter and registries.
  ['articles/alias-bomb/en.mdx', 2, /too many aliases/],
  ['articles/alias-bomb/zh.mdx', 2, /too many aliases/],
  ['metrics/bomb.yaml', 1, /too many aliases/],
  ['articles/hostile-values/zh.mdx', 2, /field "title" is "控制字符\\u000b标题"; expected text without control characters/],
  ['articles/hostile-values/en.mdx', 3, /field "summary" is .*; expected text without control characters/],
  ['articles/hostile-values/zh.mdx', 4, /field "date" is "0099-05-05"; expected a real day written YYYY-MM-DD, from 1900 on/],
  ['articles/hostile-values/zh.mdx', 9, /field "comparison\.rows\.model-a\.score" is \.nan \(not a number\); expected a finite number/],
  ['articles/hostile-values/zh.mdx', 10, /field "comparison\.rows\.model-b\.score" is \.inf \(infinity\); expected a finite number/],
  ['articles/empty-table/zh.mdx', 8, /field "comparison\.rows" is \{\}; expected at least one model row/],
  ['articles/toml-story/en.mdx', 1, /field "\(frontmatter\)" is "\+\+\+"; expected YAML frontmatter between --- lines/],
  ['articles/toml-story/zh.mdx', 1, /field "\(frontmatter\)" is "\+\+\+"; expected YAML frontmatter/],
  ['articles/duplicates/zh.mdx', 5, /field "tags\[2\]" is "alpha"; expected each tag once/],
  ['articles/duplicates/zh.mdx', 7, /field "comparison\.metrics\[2\]" is "score"; expected each metric once/],
  ['articles/duplicates/zh.mdx', 9, /field "comparison\.rows\.model-a\.size" is 1e\+300; expected a figure of at most/],
  // A metric called "constructor" is a valid id; a row without it is a missing value, not a crash.
  ['articles/duplicates/zh.mdx', 9, /field "comparison\.rows\.model-a\.constructor" is \(missing\); expected a value/],
  ['metrics/inverted.yaml', 5, /field "max" is 5; expected a max of at least min \(10\)/],
  ['models/c#.yaml', 1, /field "\(file name\)" is "c#\.yaml"; expected a file named <id>\.yaml/],
  ['metrics/what?.yaml', 1, /field "\(file name\)" is "what\?\.yaml"/],
  ['metrics/pct%41.yaml', 1, /field "\(file name\)" is "pct%41\.yaml"/],
  ['tags.yaml', 3, /field "c#" is "c#"; expected a tag id of lowercase letters/],
];

/** Signs of a crash rather than a message: an editor never reads these. */
const CRASH = /RangeError|TypeError|Maximum call stack|Invalid string length|JSON\.stringify|Cannot read propert|heap out of memory/;

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

describe('hostile content', () => {
  it('npm run check lists every problem in one run, each with its file and line', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check.ts'), '--content-only'], {
      cwd: projectRoot,
      env: { ...process.env, FB_CONTENT_DIR: HOSTILE },
      encoding: 'utf8',
    });
    const lines = `${result.stdout}${result.stderr}`.split('\n');
    const prefix = path.relative(projectRoot, HOSTILE);
    const missing = PROBLEMS.filter(([file, line, message]) => !lines.some((l) => l.startsWith(`${prefix}/${file}:${line}:`) && message.test(l)));
    expect(missing.map(([file, line, message]) => `${file}:${line} ${message}`)).toEqual([]);
    expect(lines.filter((l) => CRASH.test(l))).toEqual([]);
    expect(result.status).toBe(1);
    expect(lines).toContain(`${PROBLEMS.length} problems in ${prefix} (checked in ${/\(checked in ([\d.]+) s\)/.exec(result.stdout)?.[1]} s).`);
  });

  it('the build lists every problem at once, as npm run check does, and runs none of the files\' code', async () => {
    const dir = await mkdtemp(path.join(TMP, 'hostile-'));
    dirs.push(dir);
    const content = path.join(dir, 'content');
    await cp(HOSTILE, content, { recursive: true });
    await rm(MARKER, { force: true });
    const { code, output } = await buildSite(content, path.join(dir, 'dist'));
    expect(code, output).not.toBe(0);
    expect(output.split('\n').filter((l) => CRASH.test(l)), output).toEqual([]);
    expect(await exists(MARKER), "a body's code ran during the build").toBe(false);
    const missing = PROBLEMS.filter(([file, line, message]) => !output.split('\n').some((l) => l.includes(`content/${file}:${line}`) && message.test(l)));
    expect(missing.map(([file, line, message]) => `${file}:${line} ${message}`), output).toEqual([]);
    expect(output).toContain(`The content has ${PROBLEMS.length} problems:`);
  }, 240_000);
});
