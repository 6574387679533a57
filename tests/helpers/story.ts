/** A published story for unit tests of the pure functions: only what a test names differs. */
import type { Cell } from '../../src/lib/cell.ts';
import type { Story } from '../../src/lib/story.ts';
import type { Lang } from '../../src/schemas/localized.ts';

/** A figure, plainly written unless `extra` says otherwise. */
export function figure(value: number, extra: Partial<Extract<Cell, { kind: 'value' }>> = {}): Cell {
  return { kind: 'value', value, approx: false, estimate: false, ...extra };
}

/**
 * A story dated `date` (YYYY-MM-DD) in `langs`, whose table has a row a model of `rows` and the
 * metrics its cells name, in order; titles read "Title <slug>" / "标题 <slug>".
 */
export function makeStory(slug: string, date: string, rows?: Record<string, Record<string, Cell>>, langs: Lang[] = ['en']): Story {
  const translation = (lang: Lang) => ({ lang, id: `${slug}/${lang}`, file: `${slug}/${lang}.mdx`, title: `${lang === 'zh' ? '标题' : 'Title'} ${slug}`, summary: 's', faq: [], freshness: 'original' as const });
  return {
    slug,
    date: new Date(`${date}T00:00:00Z`),
    tags: [],
    charts: [],
    draft: false,
    related: [],
    sources: [],
    langs,
    translations: Object.fromEntries(langs.map((lang) => [lang, translation(lang)])),
    ...(rows
      ? {
          comparison: {
            metrics: [...new Set(Object.values(rows).flatMap((cells) => Object.keys(cells)))],
            rows: Object.entries(rows).map(([model, cells]) => ({ model, cells })),
          },
        }
      : {}),
  };
}
