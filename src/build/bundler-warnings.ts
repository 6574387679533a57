/**
 * Astro's MDX modules carry an internal "use astro:head-inject" marker that the bundler warns
 * about once per story; the warning says nothing an editor can act on. Used by the site's config
 * and by the benchmark's baseline, so neither prints thousands of them.
 */
import type { RolldownOptions } from 'rolldown';

export const quietHeadInjectWarnings: NonNullable<RolldownOptions['onwarn']> = (warning, warn) => {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
};
