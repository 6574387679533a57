/**
 * The content folder read once, for the build (src/data/site.ts) and for the content check
 * (`content-check.ts`, behind `npm run check` and the check a build runs first) alike: every
 * registry file and story file read, its YAML parsed with positions (a story's frontmatter
 * extracted in one place, `frontmatter.ts`, byte-order mark and all) and validated on its own:
 * its name, its YAML, its dates, its schema. Each problem has the file, the line where it can
 * tell, the field, the value and what was expected. What follows from several files (a story's
 * translations, references between files) is the story builder's (`stories.ts`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { ArticleFile } from '../schemas/article.ts';
import { articleFileSchema } from '../schemas/article.ts';
import { metricSchema } from '../schemas/metric.ts';
import { modelSchema } from '../schemas/model.ts';
import { tagSchema } from '../schemas/tag.ts';
import { listFiles, readSources } from '../build/content-files.ts';
import { DATE_EXPECTED, invalidDates } from './dates.ts';
import { frontmatterFormatProblem } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { registryFileProblem, tagIdProblem } from './registry-ids.ts';
import type { ArticleFileInput } from './stories.ts';
import type { Registries } from './story.ts';
import { LANGS } from '../schemas/localized.ts';
import { lineOf, parseYaml, type ParsedYaml } from './yaml-source.ts';
import { validate } from './validate-yaml.ts';

export interface Located extends Problem {
  /** For a problem in a story's body: its column and what the body holds there. */
  column?: number;
  found?: string;
}

/** A story file as read: `data` when its frontmatter passed its own checks. */
export interface StoryFile {
  /** Path relative to the current folder, as messages show it. */
  file: string;
  /** Entry id, `<slug>/<lang>`, as the content collection names it. */
  id: string;
  source: string;
  data?: ArticleFile;
}

export interface Content {
  /** Every problem the files have on their own; none when each file is valid. */
  problems: Located[];
  /** The content folder lacks its stories or its tag registry: nothing else was read. */
  incomplete: boolean;
  /** Models (a model with a problem too, so stories naming it get no second problem), metrics, tags. */
  registries: Registries;
  /** Every story file in YAML frontmatter, in path order. */
  stories: StoryFile[];
  /** Slugs of stories with a file that failed its own checks. */
  failed: Set<string>;
  /** Each story file's parsed frontmatter, to find the line of a problem found later. */
  parsed: ReadonlyMap<string, ParsedYaml>;
}

const WHERE = 'the content folder is FB_CONTENT_DIR, or content/';
const isStoryFile = (name: string) => /\.mdx?$/.test(name);

/**
 * A content folder without stories or without its tag registry: the one problem worth saying, as
 * every story's tags would otherwise be reported unknown (a wrong FB_CONTENT_DIR, a deleted file).
 */
async function missingParts(root: string): Promise<Located[]> {
  const tags = path.join(root, 'tags.yaml');
  const articles = path.join(root, 'articles');
  const problems: Located[] = [];
  if (!(await listFiles(articles, isStoryFile)).length) {
    problems.push({ file: path.relative(process.cwd(), articles) || '.', field: '(folder)', value: undefined, expected: `a folder a story holding ${LANGS.map((l) => `${l}.mdx`).join(' and/or ')} (${WHERE})` });
  }
  if (!existsSync(tags)) {
    problems.push({ file: path.relative(process.cwd(), tags), field: '(file)', value: undefined, expected: `the tag registry, every tag with its ${LANGS.join(' and ')} name (${WHERE})` });
  }
  return problems;
}

/** `models/` and `metrics/`: file names, then each file's YAML, dates and schema. */
async function readRegistries(root: string, problems: Located[]): Promise<Pick<Registries, 'models' | 'metrics'>> {
  for (const folder of ['models', 'metrics']) {
    for (const file of await listFiles(path.join(root, folder), () => true)) {
      const problem = registryFileProblem(path.relative(process.cwd(), file), path.basename(file));
      if (problem) problems.push(problem);
    }
  }
  const yamlIn = async (folder: string) => readSources(await listFiles(path.join(root, folder), (n) => n.endsWith('.yaml')));
  const models = new Map();
  const metrics = new Map();
  for (const { file, source } of await yamlIn('models')) {
    const parsed = parseYaml(source, false);
    for (const { field, value } of invalidDates(source, ['released'])) {
      problems.push({ file, line: lineOf(parsed, field), field, value, expected: DATE_EXPECTED });
      delete (parsed.data as Record<string, unknown>)[field];
    }
    const model = validate(problems, file, parsed, modelSchema);
    models.set(path.basename(file, '.yaml'), model ?? parsed.data);
  }
  for (const { file, source } of await yamlIn('metrics')) {
    const metric = validate(problems, file, parseYaml(source, false), metricSchema);
    if (metric) metrics.set(path.basename(file, '.yaml'), metric);
  }
  return { models, metrics };
}

/** `tags.yaml`: its YAML, then each tag's id and names. */
async function readTags(root: string, problems: Located[]): Promise<Registries['tags']> {
  const tags = new Map();
  const [tagFile] = await readSources([path.join(root, 'tags.yaml')]).catch(() => [undefined]);
  if (!tagFile) return tags;
  const parsed = parseYaml(tagFile.source, false);
  if (parsed.error) validate(problems, tagFile.file, parsed, tagSchema);
  for (const id of parsed.error ? [] : Object.keys((parsed.data as object) ?? {})) {
    const idProblem = tagIdProblem(tagFile.file, id);
    if (idProblem) problems.push({ ...idProblem, line: lineOf(parsed, [id]) });
    const tag = validate(problems, tagFile.file, parsed, tagSchema, [id]);
    if (tag) tags.set(id, tag as z.output<typeof tagSchema>);
  }
  return tags;
}

/** A story file's frontmatter: its format, its YAML, its dates (real days) and its schema. */
function readStory(file: string, id: string, source: string, problems: Located[], parsedByFile: Map<string, ParsedYaml>): StoryFile | undefined {
  const format = frontmatterFormatProblem(file, source);
  if (format) {
    problems.push(format);
    return undefined;
  }
  const parsed = parseYaml(source, true);
  parsedByFile.set(file, parsed);
  // A date that is not a real day is reported once here, then stood in for, so the story's
  // other fields are still checked and no second problem ("date missing") follows from it.
  for (const { field, value } of invalidDates(source, ['date', 'updated'])) {
    problems.push({ file, line: lineOf(parsed, field), field, value, expected: DATE_EXPECTED });
    (parsed.data as Record<string, unknown>)[field] = '1970-01-01';
  }
  const data = validate(problems, file, parsed, articleFileSchema);
  return { file, id, source, ...(data ? { data } : {}) };
}

export async function readContent(root: string): Promise<Content> {
  const missing = await missingParts(root);
  const empty = { registries: { models: new Map(), metrics: new Map(), tags: new Map() }, stories: [], failed: new Set<string>(), parsed: new Map() };
  if (missing.length) return { problems: missing, incomplete: true, ...empty };
  const problems: Located[] = [];
  const registries = { ...(await readRegistries(root, problems)), tags: await readTags(root, problems) };
  const parsed = new Map<string, ParsedYaml>();
  const stories: StoryFile[] = [];
  const failed = new Set<string>();
  const articles = path.join(root, 'articles');
  for (const { file, source } of await readSources(await listFiles(articles, isStoryFile))) {
    const id = path.relative(articles, path.resolve(file)).split(path.sep).join('/').replace(/\.mdx$/, '');
    const story = readStory(file, id, source, problems, parsed);
    if (story) stories.push(story);
    if (!story?.data) failed.add(id.split('/')[0]!);
  }
  return { problems, incomplete: false, registries, stories, failed, parsed };
}

/** Problems the story builder found, each with the line of its field where the file can tell. */
export function withLines(problems: Problem[], parsed: ReadonlyMap<string, ParsedYaml>): Located[] {
  return problems.map((problem) => {
    const yaml = parsed.get(problem.file);
    return yaml && !problem.line ? { ...problem, line: lineOf(yaml, problem.field) } : problem;
  });
}

/** The story files that passed their own checks, as the story builder takes them. */
export function storyInputs(content: Content): ArticleFileInput[] {
  return content.stories.flatMap(({ file, id, source, data }) => (data ? [{ file, id, source, data }] : []));
}
