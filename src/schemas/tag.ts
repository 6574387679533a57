import { localizedSchema } from './localized.ts';

/**
 * A tag: one entry of `content/tags.yaml`, keyed by the id stories use.
 * The label is what readers see, per language.
 */
export const tagSchema = localizedSchema.strict();
