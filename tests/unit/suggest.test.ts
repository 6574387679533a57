/** "Did you mean …?" for ids and slugs that name nothing (src/lib/suggest.ts). */
import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from '../../src/lib/suggest.ts';

const stories = ['gpt-5-4-reception', 'ai-agent-autonomy-gap', 'openai-isara-embodied-ai'];

describe('nearest', () => {
  it('finds the name a typo meant: a letter wrong, missing, extra or two swapped', () => {
    expect(nearest('gpt-5-4-recption', stories)).toBe('gpt-5-4-reception');
    expect(nearest('gpt-54', ['gpt-5-4', 'gpt-4'])).toBe('gpt-5-4');
    expect(nearest('GPT-4', ['gpt-5-4', 'gpt-4'])).toBe('gpt-4');
    expect(nearest('ai-agnet-autonomy-gap', stories)).toBe('ai-agent-autonomy-gap');
  });

  it('suggests nothing for a name not close to any', () => {
    expect(nearest('vibes', ['mmlu', 'latency', 'humaneval'])).toBeUndefined();
    expect(didYouMean('vibes', ['mmlu'])).toBe('');
    expect(didYouMean('mmlv', ['mmlu'])).toBe('; did you mean "mmlu"?');
  });
});
