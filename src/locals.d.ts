/** Per-page data Astro carries in `Astro.locals`. */
declare namespace App {
  interface Locals {
    /** The story a page renders, for the components its MDX body places (src/lib/story-context.ts). */
    story?: import('./lib/story-context.ts').StoryContext;
  }
}
