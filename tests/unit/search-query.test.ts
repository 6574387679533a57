/** Search queries before Pagefind, and the addresses of results (src/client/search/query.ts). */
import { describe, expect, it } from 'vitest';
import { normalizeQuery, withTypedWords } from '../../src/client/search/query.ts';

describe('normalizeQuery', () => {
  it('splits at punctuation and between Chinese and Latin, keeping the dot and hyphen inside a name', () => {
    expect(normalizeQuery('GPT-5.4幻觉，价格')).toBe('GPT-5.4 幻觉 价格');
    expect(normalizeQuery('  open-weight   models ')).toBe('open-weight models');
  });
});

describe('withTypedWords', () => {
  it("adds the words as typed to Pagefind's highlight terms, which drop a hyphen", () => {
    expect(withTypedWords('/en/articles/a/?highlight=openweight', 'open-weight', 'highlight')).toBe('/en/articles/a/?highlight=openweight&highlight=open-weight');
  });

  it('adds nothing Pagefind already has, whatever the case, and keeps the rest of the address', () => {
    expect(withTypedWords('/zh/articles/a/?highlight=%E5%B9%BB%E8%A7%89#faq', '幻觉', 'highlight')).toBe('/zh/articles/a/?highlight=%E5%B9%BB%E8%A7%89#faq');
    expect(withTypedWords('/en/articles/a/?highlight=gpt', 'GPT', 'highlight')).toBe('/en/articles/a/?highlight=gpt');
    expect(withTypedWords('/en/articles/a/', 'self-hosting cost', 'highlight')).toBe('/en/articles/a/?highlight=self-hosting&highlight=cost');
  });
});
