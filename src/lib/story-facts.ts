/**
 * The facts written once for a story (date, tags, comparison, charts, related, sources, draft):
 * merged from its language files, which must agree where both state one, and checked.
 */
import { isDeepStrictEqual } from 'node:util';
import { STORY_FACT_KEYS, type ArticleFile, type StoryFactKey } from '../schemas/article.ts';
import type { Problem } from './problems.ts';
import type { Registries } from './story.ts';
import type { ArticleFileInput } from './stories.ts';
import { didYouMean } from './suggest.ts';

export type Facts = Partial<Pick<ArticleFile, StoryFactKey>>;

export function mergeFacts(files: ArticleFileInput[], problems: Problem[]): Facts {
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

/** The story facts' own checks (date, updated, tags); returns which file states a fact, for messages. */
export function checkFacts(facts: Facts, files: ArticleFileInput[], registries: Registries, problems: Problem[]): (key: StoryFactKey) => string {
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
  return factFile;
}
