/**
 * What the content check warns of without failing: the page still works, but an editor would
 * want to know (a related list longer than a story shows, figures that disagree unexplained).
 */
import type { Metric } from '../schemas/metric.ts';
import { isoDate } from './format.ts';
import { disagreements, reportsOf, shownFigure, unexplained, type Report } from './metric-figures.ts';
import { CARDS as RELATED_CARDS } from './related.ts';
import type { Story } from './story.ts';

/** A `related` list longer than a story shows: the stories past the first four would silently not appear. */
export function relatedWarnings(stories: Story[]): string[] {
  return stories.flatMap((story) => {
    const listed = [...new Set(story.related)].filter((slug) => slug !== story.slug);
    if (listed.length <= RELATED_CARDS) return [];
    const files = story.langs.map((lang) => story.translations[lang]!.file).join(' and ');
    return [`${files}: related lists ${listed.length} stories, and a story shows the first ${RELATED_CARDS} of them; ${listed.slice(RELATED_CARDS).join(', ')} will not show.`];
  });
}

/** Stories that report different figures for one model and metric, the newer without a note saying why. */
export function disagreementWarnings(stories: Story[], metrics: ReadonlyMap<string, Metric>): string[] {
  const fileOf = (story: Story) => story.translations[story.langs[0]!]!.file;
  return unexplained(disagreements(reportsOf(stories), metrics)).map(({ model, metric, figures }) => {
    const [newest, ...older] = figures;
    const shown = (r: Report) => `${shownFigure(r.cell, metrics.get(metric)!)} in ${fileOf(r.story)} (${isoDate(r.story.date)})`;
    return `${fileOf(newest!.story)}: field "comparison.rows.${model}.${metric}" is reported as ${older.map(shown).join(' and ')} and as ${shown(newest!)}; if the newer figure is right, say why in its note ({ value: …, note: … }), which readers see beside it.`;
  });
}
