/**
 * The project's check of all content in one pass: every problem, each with the file, the line where
 * it can tell, the field, the value and what was expected. `npm run check` prints it; the build runs
 * it before Astro reads the content (src/integrations/content-check.ts), whose own validation stops
 * at the first bad file and cannot say the line; `astro dev` shows it in place of pages.
 *
 * The files are read and each checked on its own by `readContent`, as the build reads them; this
 * adds what the build checks as it renders (bodies, social card glyphs), whole-story problems
 * without what only follows from a file already reported, and warnings.
 */
import path from 'node:path';
import { checkBodySource, formatBodyProblem } from './body-source.ts';
import type { Block } from './parallel.ts';
import { pairingWarnings, sourceBlocks } from './parallel-source.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { formatProblem, ContentError } from './problems.ts';
import { readContent, withLines, type Located } from './read-content.ts';
import { buildStories, type ArticleFileInput } from './stories.ts';
import { disagreementWarnings, relatedWarnings } from './content-warnings.ts';
import { storyCard } from './cards/card.ts';
import { glyphProblems } from './cards/glyphs.ts';
import { cardFontDir } from './cards/settings.ts';
import { projectRoot } from '../build/site-env.ts';

export type { Located } from './read-content.ts';

export async function checkContent(root: string): Promise<{ problems: Located[]; warnings: string[]; stories: number; drafts: number }> {
  const content = await readContent(root);
  const problems = [...content.problems];
  if (content.incomplete) return { problems, warnings: [], stories: 0, drafts: 0 };
  const { registries, failed } = content;
  const { metrics } = registries;
  const inputs: ArticleFileInput[] = [];
  /** Each story's files and their blocks, for the side-by-side pairing warnings. */
  const blocksByStory = new Map<string, { files: Partial<Record<Lang, string>>; blocks: Partial<Record<Lang, Block<null>[]>> }>();
  for (const { file, id, source, data } of content.stories) {
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
    if (data) inputs.push({ file, id, data, source, placedCharts: body.charts, placedTables: body.tables });
  }
  let stories = 0;
  const figureWarnings: string[] = [];
  try {
    // As the production build does: drafts are checked, then left out, so a published story that
    // relates to a draft is reported here too.
    const published = buildStories(inputs, registries, [], { drafts: false });
    stories = published.length;
    // A title or tag the card font cannot draw: the build's card step would stop on it too.
    const fontDir = cardFontDir(projectRoot);
    problems.push(...published.flatMap((story) => story.langs.flatMap((lang) => glyphProblems(story, storyCard(story, lang, registries), fontDir))));
    figureWarnings.push(...disagreementWarnings(published, metrics), ...relatedWarnings(published));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of withLines(error.problems, content.parsed)) {
      const slug = /articles\/([^/]+)\//.exec(problem.file.split(path.sep).join('/'))?.[1];
      // Facts the failed file may hold (date, tags, the comparison a placed table or chart draws
      // from) and its translation link are not known missing.
      const follows =
        (['date', 'tags', 'translated.from'].includes(problem.field) && (problem.value === undefined || problem.field === 'translated.from')) ||
        ['<ModelTable />', '<Chart>'].includes(problem.field);
      if (slug && failed.has(slug) && follows) continue;
      if (problem.field.startsWith('related[') && failed.has(String(problem.value))) continue;
      problems.push(problem);
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

