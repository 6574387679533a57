/**
 * The rule for every id an editor chooses: story slugs, model and metric file names, tag keys.
 * Ids become page addresses and map keys, so they are lowercase letters, digits and single hyphens.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
