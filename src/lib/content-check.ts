/**
 * The project's check of all content in one pass: every problem, each with the file, the line where
 * it can tell, the field, the value and what was expected. `npm run check` prints it; the build runs
 * it before Astro reads the content (src/integrations/content-check.ts), whose own validation stops
 * at the first bad file and cannot say the line; `astro dev` shows it in place of pages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { checkBodySource, formatBodyProblem } from './body-source.ts';
import type { Block } from './parallel.ts';
import { pairingWarnings, sourceBlocks } from './parallel-source.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { frontmatterFormatProblem } from './frontmatter.ts';
import { registryFileProblem, tagIdProblem } from './registry-ids.ts';
import { DATE_EXPECTED, invalidDates } from './dates.ts';
import { formatProblem, ContentError, type Problem } from './problems.ts';
import { buildStories, type ArticleFileInput } from './stories.ts';
import { disagreementWarnings, relatedWarnings } from './content-warnings.ts';
import { articleFileSchema } from '../schemas/article.ts';
import { dataIssues, describeIssue } from '../schemas/errors.ts';
import { metricSchema } from '../schemas/metric.ts';
import { modelSchema } from '../schemas/model.ts';
import { tagSchema } from '../schemas/tag.ts';
import { listFiles, readSources } from '../build/content-files.ts';
import { lineOf, parseYaml, type ParsedYaml } from './yaml-source.ts';
import { storyCard } from './cards/card.ts';
import { glyphProblems } from './cards/glyphs.ts';
import { cardFontDir } from './cards/settings.ts';
import { projectRoot } from '../build/site-env.ts';

interface Located extends Problem {
  /** For a problem in a story's body: its column and what the body holds there. */
  column?: number;
  found?: string;
}

/** A field path as the story builder writes it: `related[0]`, `faq[1].q`, `comparison.rows.gpt-4`. */
function fieldName(path: (string | number)[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((d, key) => (d as Record<string | number, unknown> | undefined)?.[key], data);
}

const WHERE = 'the content folder is FB_CONTENT_DIR, or content/';

/**
 * A content folder without stories or without its tag registry: the one problem worth saying, as
 * every story's tags would otherwise be reported unknown (a wrong FB_CONTENT_DIR, a deleted file).
 */
async function missingParts(root: string): Promise<Located[]> {
  const tags = path.join(root, 'tags.yaml');
  const articles = path.join(root, 'articles');
  const problems: Located[] = [];
  if (!(await listFiles(articles, (n) => /\.mdx?$/.test(n))).length) {
    problems.push({ file: path.relative(process.cwd(), articles) || '.', field: '(folder)', value: undefined, expected: `a folder a story holding ${LANGS.map((l) => `${l}.mdx`).join(' and/or ')} (${WHERE})` });
  }
  if (!existsSync(tags)) {
    problems.push({ file: path.relative(process.cwd(), tags), field: '(file)', value: undefined, expected: `the tag registry, every tag with its ${LANGS.join(' and ')} name (${WHERE})` });
  }
  return problems;
}

export async function checkContent(root: string): Promise<{ problems: Located[]; warnings: string[]; stories: number; drafts: number }> {
  const missing = await missingParts(root);
  if (missing.length) return { problems: missing, warnings: [], stories: 0, drafts: 0 };
  const problems: Located[] = [];
  const parsedByFile = new Map<string, ParsedYaml>();

  function validate<S extends z.ZodType>(file: string, parsed: ParsedYaml, schema: S, prefix: (string | number)[] = []): z.output<S> | undefined {
    if (parsed.error) {
      problems.push({ file, line: parsed.error.line, field: '(YAML)', value: parsed.error.found || undefined, expected: parsed.error.message });
      return undefined;
    }
    const data = prefix.reduce<unknown>((d, key) => (d as Record<string | number, unknown> | undefined)?.[key], parsed.data);
    const guarded = dataIssues(data);
    for (const issue of guarded) {
      const at = [...prefix, ...issue.path];
      problems.push({ file, line: lineOf(parsed, at) ?? parsed.offset + 1, field: fieldName(at) || '(frontmatter)', value: issue.input, expected: issue.message });
    }
    // Past the limit of values the schema would walk the same expanded data: stop at that problem.
    if (guarded.some((issue) => issue.path[0] === '(YAML)')) return undefined;
    const result = schema.safeParse(data, { error: describeIssue });
    if (result.success && !guarded.length) return result.data;
    if (result.success) return undefined;
    for (const issue of result.error.issues) {
      const at = [...prefix, ...(issue.path as (string | number)[])];
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
      for (const key of unknown) {
        const where = [...at, key];
        problems.push({ file, line: lineOf(parsed, where), field: fieldName(where), value: valueAt(parsed.data, where), expected: 'no such field: a misspelt name? The documented fields are in docs/editing.md' });
      }
      if (unknown.length) continue;
      // describeIssue writes "the file has <value>; expected …" or "missing; expected …"; a rule
      // with its own message (a slug pattern) says only what is expected.
      const expected = /^(?:the file has .*?|missing); (.*)$/s.exec(issue.message)?.[1] ?? issue.message;
      problems.push({
        file,
        // A missing field has no line of its own: point at the start of the frontmatter.
        line: lineOf(parsed, at) ?? parsed.offset + 1,
        field: fieldName(at) || '(frontmatter)',
        value: valueAt(parsed.data, at),
        expected: expected.replace(/^expected /, ''),
      });
    }
    return undefined;
  }

  for (const folder of ['models', 'metrics']) {
    for (const file of await listFiles(path.join(root, folder), () => true)) {
      const problem = registryFileProblem(path.relative(process.cwd(), file), path.basename(file));
      if (problem) problems.push(problem);
    }
  }
  const yamlFiles = await readSources([
    ...(await listFiles(path.join(root, 'models'), (n) => n.endsWith('.yaml'))),
    ...(await listFiles(path.join(root, 'metrics'), (n) => n.endsWith('.yaml'))),
  ]);
  const models = new Map();
  const metrics = new Map();
  for (const { file, source } of yamlFiles) {
    const parsed = parseYaml(source, false);
    const id = path.basename(file, '.yaml');
    if (file.includes(`${path.sep}models${path.sep}`)) {
      for (const { field, value } of invalidDates(source, ['released'])) {
        problems.push({ file, line: lineOf(parsed, field), field, value, expected: DATE_EXPECTED });
        delete (parsed.data as Record<string, unknown>)[field];
      }
      const model = validate(file, parsed, modelSchema);
      // A model with a problem is still known by its id, so stories naming it get no second problem.
      models.set(id, model ?? parsed.data);
    } else {
      const metric = validate(file, parsed, metricSchema);
      if (metric) metrics.set(id, metric);
    }
  }
  const tags = new Map();
  const [tagFile] = await readSources([path.join(root, 'tags.yaml')]).catch(() => [undefined]);
  if (tagFile) {
    const parsed = parseYaml(tagFile.source, false);
    if (parsed.error) validate(tagFile.file, parsed, tagSchema);
    for (const id of parsed.error ? [] : Object.keys((parsed.data as object) ?? {})) {
      const idProblem = tagIdProblem(tagFile.file, id);
      if (idProblem) problems.push({ ...idProblem, line: lineOf(parsed, [id]) });
      const tag = validate(tagFile.file, parsed, tagSchema, [id]);
      if (tag) tags.set(id, tag);
    }
  }

  const articleFiles = await readSources(await listFiles(path.join(root, 'articles'), (n) => /\.mdx?$/.test(n)));
  const inputs: ArticleFileInput[] = [];
  /** Each story's files and their blocks, for the side-by-side pairing warnings. */
  const blocksByStory = new Map<string, { files: Partial<Record<Lang, string>>; blocks: Partial<Record<Lang, Block<null>[]>> }>();
  /** Stories with a file that failed its own checks: some of what the story builder says of them only follows from it. */
  const failed = new Set<string>();
  for (const { file, source } of articleFiles) {
    const id = path.relative(path.join(root, 'articles'), path.resolve(file)).split(path.sep).join('/').replace(/\.mdx$/, '');
    const format = frontmatterFormatProblem(file, source);
    if (format) {
      problems.push(format);
      failed.add(id.split('/')[0]!);
      continue;
    }
    const parsed = parseYaml(source, true);
    parsedByFile.set(file, parsed);
    // A date that is not a real day is reported once here, then stood in for, so the story's
    // other fields are still checked and no second problem ("date missing") follows from it.
    const badDates = invalidDates(source, ['date', 'updated']);
    for (const { field, value } of badDates) {
      problems.push({ file, line: lineOf(parsed, field), field, value, expected: DATE_EXPECTED });
      (parsed.data as Record<string, unknown>)[field] = '1970-01-01';
    }
    const data = validate(file, parsed, articleFileSchema);
    // The body is checked by the same code as the build's MDX pipeline runs (src/lib/body-check.ts).
    const body = checkBodySource(source);
    for (const problem of body.problems) problems.push({ file, field: '(body)', value: problem.found, ...problem });
    const [slug, lang] = id.split('/') as [string, Lang];
    if (body.tree) {
      const story = blocksByStory.get(slug) ?? { files: {}, blocks: {} };
      story.files[lang] = file;
      story.blocks[lang] = sourceBlocks(body.tree);
      blocksByStory.set(slug, story);
    }
    // Dates already reported are taken out of the source the story builder re-checks.
    const checked = badDates.length ? source.replace(/^(date|updated):.*$/gm, '') : source;
    if (data) inputs.push({ file, id, data, source: checked, placedCharts: body.charts, placedTables: body.tables });
    else failed.add(id.split('/')[0]!);
  }
  let stories = 0;
  const figureWarnings: string[] = [];
  try {
    // As the production build does: drafts are checked, then left out, so a published story that
    // relates to a draft is reported here too.
    const published = buildStories(inputs, { models, metrics, tags }, [], { drafts: false });
    stories = published.length;
    // A title or tag the card font cannot draw: the build's card step would stop on it too.
    const fontDir = cardFontDir(projectRoot);
    problems.push(...published.flatMap((story) => story.langs.flatMap((lang) => glyphProblems(story, storyCard(story, lang, { models, metrics, tags }), fontDir))));
    figureWarnings.push(...disagreementWarnings(published, metrics), ...relatedWarnings(published));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) {
      const slug = /articles\/([^/]+)\//.exec(problem.file.split(path.sep).join('/'))?.[1];
      // Facts the failed file may hold (date, tags, the comparison a placed table or chart draws
      // from) and its translation link are not known missing.
      const follows =
        (['date', 'tags', 'translated.from'].includes(problem.field) && (problem.value === undefined || problem.field === 'translated.from')) ||
        ['<ModelTable />', '<Chart>'].includes(problem.field);
      if (slug && failed.has(slug) && follows) continue;
      if (problem.field.startsWith('related[') && failed.has(String(problem.value))) continue;
      const parsed = parsedByFile.get(problem.file);
      problems.push({ ...problem, ...(parsed && !problem.line ? { line: lineOf(parsed, problem.field) } : {}) });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  // Every story folder with a valid file is a story; those the build leaves out are drafts.
  const drafts = new Set(inputs.map((input) => input.id.split('/')[0])).size - stories;
  const warnings = [...blocksByStory.values()].flatMap(({ files, blocks }) =>
    pairingWarnings(blocks).map((message) => `${LANGS.flatMap((l) => files[l] ?? []).join(' and ')}: ${message}.`),
  );
  return { problems, warnings: [...warnings, ...figureWarnings], stories, drafts };
}

export function formatLocated(problem: Located): string {
  if (problem.found !== undefined) return formatBodyProblem(problem.file, { line: problem.line ?? 1, column: problem.column ?? 1, found: problem.found, expected: problem.expected });
  return formatProblem(problem);
}

