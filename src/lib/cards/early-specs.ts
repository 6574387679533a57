/**
 * The cards a build will ask for, guessed from the content folder before Astro has loaded it:
 * the build's own reader (`read-content.ts`) and story builder, on the files as they are. The drawing
 * process (`draw-process.ts`) starts on them while Astro bundles the site, when a core is mostly
 * idle (BENCHMARKS.md). It is only a head start: the build's own list comes later and is the one
 * written; a guess it does not match is drawn for nothing and pruned from the cache. Content with
 * problems gives no guess at all (the build stops on them anyway).
 */
import { readContent, storyInputs } from '../read-content.ts';
import { buildStories } from '../stories.ts';
import { storyCard, type CardSpec } from './card.ts';

/** Every story card of the published stories in `root`, or none when anything there has a problem. */
export async function earlyCardSpecs(root: string): Promise<CardSpec[]> {
  try {
    const content = await readContent(root);
    if (content.problems.length) return [];
    return buildStories(storyInputs(content), content.registries, [], { drafts: false }).flatMap((story) => story.langs.map((lang) => storyCard(story, lang, content.registries)));
  } catch {
    return [];
  }
}
