/**
 * The story a page is rendering, shared with the components editors place in MDX
 * (`<ModelTable />`, `<Takeaway>`) through `Astro.locals`, so the MDX needs no props or imports.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Story } from './story.ts';

export interface StoryContext {
  story: Story;
  lang: Lang;
  models: ReadonlyMap<string, Model>;
  metrics: ReadonlyMap<string, Metric>;
}

export function setStoryContext(locals: App.Locals, context: StoryContext): void {
  locals.story = context;
}

export function storyContext(locals: App.Locals, component: string): StoryContext {
  if (!locals.story) throw new Error(`<${component}> can only be used inside a story's MDX body`);
  return locals.story;
}

/** The key of `render()`'s `remarkPluginFrontmatter` saying whether the body places `<ModelTable />`. */
export const PLACES_TABLE = 'placesTable';

/**
 * Whether a story's body places `<ModelTable />` itself, so the page draws no table after it. The
 * MDX pipeline's check (`remarkContentOnly`) finds the component in the body's syntax tree while
 * the page renders and hands the answer over in `render()`'s `remarkPluginFrontmatter`: the
 * component counts; its name in inline code, in a code block or in an MDX comment does not.
 */
export function bodyPlacesTable(remarkPluginFrontmatter: Record<string, unknown>): boolean {
  return remarkPluginFrontmatter[PLACES_TABLE] === true;
}
