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

describe('a YAML syntax error', () => {
  const story = [
    '---', // 1
    'title: A story', // 2
    'tags: [alpha, beta]', // 3
    'comparison:', // 4
    '  metrics: [score, size]', // 5
    '  rows:', // 6
    '    model-a: { score: 1, size: "~2T" }', // 7
    '    model-b: { score: 2, size: "~3T" }', // 8
    'related: [other-story]', // 9
    '---',
    '',
    'Body.',
  ].join('\n');
  const slip = (from: string, to: string) => {
    expect(story, 'the test must change the story').toContain(from);
    return parseYaml(story.replace(from, to), true).error;
  };

  // Each slip is on the line named; the library's own words ("Nested mappings are not allowed in
  // compact mappings", "at line 7, column 5") point elsewhere and name the grammar, not the fix.
  it.each([
    ['a row without its colon', 'model-b: {', 'model-b {', 8, /one field a line, written name: value/],
    ['a value holding ": " unquoted', 'title: A story', 'title: GPT-5: a story', 2, /a value holding ": " goes in quotes/],
    ['a { without its }', 'size: "~3T" }', 'size: "~3T"', 8, /a \{ … \} closed with \} on the line it opens/],
    ['a [ without its ]', 'tags: [alpha, beta]', 'tags: [alpha, beta', 3, /a \[ … \] closed with \] on the line it opens/],
    ['a quote without its closing quote', 'size: "~3T" }', 'size: "~3T }', 8, /a closing quote on the line the quote opens/],
    ['a missing comma', 'score: 2, size', 'score: 2 size', 8, /separated by commas/],
    ['a field set twice', 'related: [other-story]', 'tags: [gamma]', 9, /each field once: "tags" is set twice/],
    ['a tab as indentation', '    model-b', '\tmodel-b', 8, /indentation in spaces/],
    ['a row indented unlike its neighbours', '    model-b', '   model-b', 8, /the same indentation, in spaces/],
  ])('%s is named at its line, in plain words', (_name, from, to, line, expected) => {
    const error = slip(from, to);
    expect(error?.line).toBe(line);
    expect(error?.message).toMatch(expected);
    expect(error?.message).not.toMatch(/mapping|compact|flow|at line \d/i);
    expect(error?.found).toBe(story.replace(from, to).split('\n')[line - 1]!.trim());
  });
});
