/**
 * The story a page is rendering, shared with the components editors place in MDX
 * (`<ModelTable />`, `<Takeaway>`) through `Astro.locals`, so the MDX needs no props or imports.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import type { Story } from './stories.ts';

export interface StoryContext {
  story: Story;
  lang: Lang;
  models: ReadonlyMap<string, Model>;
  metrics: ReadonlyMap<string, Metric>;
}

const KEY = 'frontierBriefStory';

export function setStoryContext(locals: object, context: StoryContext): void {
  (locals as Record<string, unknown>)[KEY] = context;
}

export function storyContext(locals: object, component: string): StoryContext {
  const context = (locals as Record<string, unknown>)[KEY] as StoryContext | undefined;
  if (!context) throw new Error(`<${component}> can only be used inside a story's MDX body`);
  return context;
}

/** Whether a story's MDX body places a component itself (`<ModelTable />`). */
export function bodyPlaces(body: string | undefined, component: string): boolean {
  return new RegExp(`<${component}[\\s/>]`).test(body ?? '');
}
