/**
 * From language files to stories: pairs each story's translations, merges the facts written once
 * for the story, and checks every reference against the registries. Pure, so it is unit-tested
 * without a build.
 */
import { isDeepStrictEqual } from 'node:util';
import { STORY_FACT_KEYS, type ArticleFile, type StoryFactKey } from '../schemas/article.ts';
import type { ComparisonInput } from '../schemas/comparison.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { parseCell, type Cell } from './cell.ts';
import { chartProblem } from './charts.ts';
import type { PlacedChart } from './body-check.ts';
import { DATE_EXPECTED, invalidDates } from './dates.ts';
import { stampFreshness, type Freshness } from './freshness.ts';
import { frontmatterFormatProblem } from './frontmatter.ts';
import { ContentError, type Problem } from './problems.ts';
import { sortNewestFirst, type Comparison, type ComparisonRow, type Registries, type Story, type Translation } from './story.ts';
import { didYouMean } from './suggest.ts';

// The types live in story.ts; the builder's callers may keep reading them here.
export { sortNewestFirst, type Comparison, type ComparisonRow, type Registries, type Story, type Translation } from './story.ts';

export interface ArticleFileInput {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Entry id, `<slug>/<lang>`. */
  id: string;
  data: ArticleFile;
  /** The raw file, when at hand: dates are checked as written (see `dates.ts`). */
  source?: string;
  /**
   * `<Chart>`s the body places, when its body was parsed (`npm run check`); the build checks
   * them as it renders them instead.
   */
  placedCharts?: PlacedChart[];
  /** Lines where the body places `<ModelTable />`, likewise. */
  placedTables?: number[];
}

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z-]+)$/;

type Facts = Partial<Pick<ArticleFile, StoryFactKey>>;

function mergeFacts(files: ArticleFileInput[], problems: Problem[]): Facts {
  const merged: Facts = {};
  const from: Partial<Record<StoryFactKey, string>> = {};
  for (const { file, data } of files) {
    for (const key of STORY_FACT_KEYS) {
      const value = data[key];
      if (value === undefined) continue;
      const earlier = from[key];
      if (earlier === undefined) {
        (merged as Record<string, unknown>)[key] = value;
        from[key] = file;
      } else if (!isDeepStrictEqual(merged[key], value)) {
        problems.push({
          file: `${earlier} and ${file}`,
          field: key,
          value: [merged[key], value],
          expected: 'the same value in both files, or the field written in one file only',
        });
      }
    }
  }
  return merged;
}

function checkComparison(
  input: ComparisonInput,
  file: string,
  registries: Registries,
  problems: Problem[],
): Comparison {
  const metrics: string[] = [];
  input.metrics.forEach((id, index) => {
    if (metrics.includes(id)) {
      problems.push({ file, field: `comparison.metrics[${index}]`, value: id, expected: 'each metric once: a column cannot repeat' });
    } else if (registries.metrics.has(id)) metrics.push(id);
    else {
      problems.push({
        file,
        field: `comparison.metrics[${index}]`,
        value: id,
        expected: `a metric id from content/metrics/ (${[...registries.metrics.keys()].join(', ')})${didYouMean(String(id), registries.metrics.keys())}`,
      });
    }
  });
  const rows: ComparisonRow[] = [];
  for (const [model, values] of Object.entries(input.rows)) {
    const field = `comparison.rows.${model}`;
    if (!registries.models.has(model)) {
      problems.push({
        file,
        field,
        value: model,
        expected: `a model id from content/models/ (${[...registries.models.keys()].join(', ')})${didYouMean(model, registries.models.keys())}`,
      });
      continue;
    }
    const cells: Record<string, Cell> = {};
    for (const metricId of metrics) {
      const metric = registries.metrics.get(metricId)!;
      // Own keys only: a metric id such as "constructor" must not find Object's own members.
      const raw = Object.hasOwn(values, metricId) ? values[metricId] : undefined;
      if (raw === undefined) {
        problems.push({ file, field: `${field}.${metricId}`, value: undefined, expected: 'a value, or "undisclosed"' });
        continue;
      }
      const parsed = parseCell(raw, metric);
      if (parsed.ok) cells[metricId] = parsed.cell;
      else problems.push({ file, field: `${field}.${metricId}`, value: raw, expected: parsed.expected });
    }
    for (const [metricId, raw] of Object.entries(values)) {
      if (!input.metrics.includes(metricId)) {
        problems.push({
          file,
          field: `${field}.${metricId}`,
          value: raw,
          expected: `a metric listed in comparison.metrics (${input.metrics.join(', ')}); add "${metricId}" there or remove the value`,
        });
      }
    }
    rows.push({ model, cells });
  }
  return { metrics, rows };
}

/**
 * Builds every story from its language files. Throws one `ContentError` listing every problem
 * found, so nothing an editor wrote is dropped or half-published.
 */
export interface BuildOptions {
  /** Keep draft stories (`npm run dev`); a production build leaves them out. */
  drafts?: boolean;
}

export function buildStories(
  inputs: ArticleFileInput[],
  registries: Registries,
  earlier: Problem[] = [],
  { drafts = true }: BuildOptions = {},
): Story[] {
  const problems: Problem[] = [...earlier];
  const bySlug = new Map<string, ArticleFileInput[]>();
  for (const input of inputs) {
    const format = frontmatterFormatProblem(input.file, input.source ?? '');
    if (format) problems.push(format);
    for (const { field, value } of invalidDates(input.source ?? '', ['date', 'updated'])) {
      problems.push({ file: input.file, field, value, expected: DATE_EXPECTED });
    }
    const match = FILE_NAME.exec(input.id);
    const lang = match?.[2];
    if (!match || !LANGS.includes(lang as Lang)) {
      problems.push({
        file: input.file,
        field: '(file name)',
        value: input.id,
        expected: `content/articles/<slug>/<lang>.mdx with a lowercase, hyphenated slug and a language of ${LANGS.join(', ')}`,
      });
      continue;
    }
    const slug = match[1]!;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), input]);
  }

  const stories: Story[] = [];
  /** Which file states each story's `related` list, for messages about it. */
  const relatedFile = new Map<string, string>();
  for (const [slug, files] of bySlug) {
    files.sort((a, b) => LANGS.indexOf(langOf(a)) - LANGS.indexOf(langOf(b)));
    const facts = mergeFacts(files, problems);
    const where = files.map((f) => f.file).join(' or ');
    if (!facts.date) {
      problems.push({ file: where, field: 'date', value: undefined, expected: 'a publication date, YYYY-MM-DD, in one of the story\'s files' });
    }
    // A draft may wait for its tags (`npm run new` leaves them to the editor); a published story may not.
    if (!facts.tags && !facts.draft) {
      problems.push({ file: where, field: 'tags', value: undefined, expected: 'a list of tag ids from content/tags.yaml, in one of the story\'s files' });
    }
    const factFile = (key: StoryFactKey) => files.find((f) => f.data[key] !== undefined)?.file ?? where;
    if (facts.date && facts.updated && facts.updated < facts.date) {
      problems.push({ file: factFile('updated'), field: 'updated', value: facts.updated, expected: `a date on or after the publication date ${facts.date.toISOString().slice(0, 10)}` });
    }
    (facts.tags ?? []).forEach((tag, index) => {
      if (facts.tags!.indexOf(tag) < index) {
        problems.push({ file: factFile('tags'), field: `tags[${index}]`, value: tag, expected: 'each tag once' });
      } else if (!registries.tags.has(tag)) {
        problems.push({ file: factFile('tags'), field: `tags[${index}]`, value: tag, expected: `a tag id from content/tags.yaml (${[...registries.tags.keys()].join(', ')})${didYouMean(String(tag), registries.tags.keys())}` });
      }
    });
    relatedFile.set(slug, factFile('related'));
    const comparison = facts.comparison ? checkComparison(facts.comparison, factFile('comparison'), registries, problems) : undefined;
    (facts.charts ?? []).forEach((spec, index) => {
      const problem = chartProblem(spec, comparison, registries.metrics);
      if (problem) problems.push({ file: factFile('charts'), field: `charts[${index}]`, value: spec, expected: problem });
    });
    for (const { file, placedTables = [] } of files) {
      for (const line of comparison ? [] : placedTables) {
        problems.push({ file, line, field: '<ModelTable />', value: '<ModelTable />', expected: 'a story with a "comparison" in its frontmatter: the table is drawn from it' });
      }
    }
    for (const { file, placedCharts = [] } of files) {
      for (const { line, props, spec } of placedCharts) {
        const problem = chartProblem(spec, comparison, registries.metrics);
        if (problem) problems.push({ file, line, field: '<Chart>', value: props, expected: problem });
      }
    }
    const translations: Partial<Record<Lang, Translation>> = {};
    const originals = files.filter((f) => !f.data.translated);
    for (const input of files) {
      const lang = langOf(input);
      const { title, summary, faq, tableCaption, translated } = input.data;
      let freshness: Freshness = 'original';
      if (translated) {
        const original = files.find((f) => langOf(f) === translated.from);
        if (!original || original.data.translated) {
          problems.push({ file: input.file, field: 'translated.from', value: translated.from, expected: `the language of the story's original file (${originals.map(langOf).join(', ') || 'none'})` });
        } else if (original.source !== undefined) {
          freshness = stampFreshness(original.source, translated.hash);
        } else {
          freshness = 'current';
        }
      } else if (originals.length > 1 && input !== originals[0]) {
        // Two files and neither says it is a translation: the later language is taken for one, unstamped.
        freshness = 'unstamped';
      }
      translations[lang] = {
        lang,
        id: input.id,
        file: input.file,
        title,
        summary,
        faq,
        ...(tableCaption ? { tableCaption } : {}),
        freshness,
        ...(translated ? { from: translated.from } : {}),
      };
    }
    stories.push({
      slug,
      date: facts.date ?? new Date(0),
      ...(facts.updated ? { updated: facts.updated } : {}),
      tags: facts.tags ?? [],
      ...(comparison ? { comparison } : {}),
      charts: facts.charts ?? [],
      related: facts.related ?? [],
      sources: facts.sources ?? [],
      draft: facts.draft ?? false,
      langs: LANGS.filter((lang) => translations[lang]),
      translations,
    });
  }

  const slugs = new Set(stories.map((s) => s.slug));
  for (const story of stories) {
    const file = relatedFile.get(story.slug)!;
    story.related.forEach((slug, index) => {
      if (story.related.indexOf(slug) < index) {
        problems.push({ file, field: `related[${index}]`, value: slug, expected: 'each story once' });
      } else if (slug === story.slug) {
        problems.push({ file, field: `related[${index}]`, value: slug, expected: 'the slug of another story: a story cannot relate to itself' });
      } else if (!slugs.has(slug)) {
        problems.push({ file, field: `related[${index}]`, value: slug, expected: `the slug of a story in content/articles/${didYouMean(slug, slugs)}` });
      }
    });
  }

  const published = drafts ? stories : stories.filter((s) => !s.draft);
  if (!drafts) {
    const draftSlugs = new Set(stories.filter((s) => s.draft).map((s) => s.slug));
    for (const story of published) {
      story.related.forEach((slug, index) => {
        if (draftSlugs.has(slug)) {
          problems.push({ file: relatedFile.get(story.slug)!, field: `related[${index}]`, value: slug, expected: 'a published story: this one is a draft (publish it, or remove it from related)' });
        }
      });
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return sortNewestFirst(published);
}

function langOf(input: ArticleFileInput): Lang {
  return input.id.split('/')[1] as Lang;
}
