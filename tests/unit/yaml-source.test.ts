/** Where a field is in a file (src/lib/yaml-source.ts): the line a problem message names. */
import { describe, expect, it } from 'vitest';
import { lineOf, parseYaml } from '../../src/lib/yaml-source.ts';

const source = [
  '---', // 1
  'title: T', // 2
  'comparison:', // 3
  '  metrics: [score]', // 4
  '  rows:', // 5
  '    model-a: { score: 1 }', // 6
  '    model-typo:', // 7
  '      score: 2', // 8
  'charts:', // 9
  '  - { type: bar, metric: score }', // 10
  '---', // 11
  '',
  'Body.',
].join('\n');

describe('lineOf', () => {
  const parsed = parseYaml(source, true);

  it("names the line of a row's key, whether the row is written inline or as a block", () => {
    expect(lineOf(parsed, 'comparison.rows.model-a')).toBe(6);
    expect(lineOf(parsed, 'comparison.rows.model-typo')).toBe(7);
    expect(lineOf(parsed, 'comparison.rows.model-typo.score')).toBe(8);
    expect(lineOf(parsed, 'comparison')).toBe(3);
  });

  it('names the line of a list item, and of a field missing from a row its row', () => {
    expect(lineOf(parsed, 'charts[0]')).toBe(10);
    expect(lineOf(parsed, 'comparison.rows.model-typo.speed')).toBe(7);
  });
});
