/** The CSV download cannot make a spreadsheet run a formula: what `csvField` does to each value. */
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, type StoryDataset } from '../../src/lib/dataset.ts';

describe('csvField', () => {
  it.each([
    ['a formula', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a leading plus', '+1 (555) 0100', `"'+1 (555) 0100"`],
    ['a leading minus', '-2+3', `"'-2+3"`],
    ['a negative figure as text', '-0.5', `"'-0.5"`],
    ['a leading at sign', '@SUM(1)', `"'@SUM(1)"`],
    ['a leading tab', '\t=1+1', `"'\t=1+1"`],
    ['a leading carriage return', '\r=1+1', `"'\r=1+1"`],
    ['a plain string', 'Model A', 'Model A'],
    ['a string that needs quoting', 'Acme, Inc.', '"Acme, Inc."'],
    ['a formula sign after the start', 'GPT-5 = fast', 'GPT-5 = fast'],
    ['a typographic minus', '−0.5', '−0.5'],
    ['a number', 86.4, '86.4'],
    ['a negative number', -0.5, '-0.5'],
    ['a boolean', false, 'false'],
    ['null', null, ''],
  ] as const)('writes %s as it should', (_name, value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCsv', () => {
  it('neutralises contributed text in every column, sources included, and leaves figures numbers', () => {
    const dataset: StoryDataset = {
      story: 's',
      title: 't',
      language: 'en',
      published: '2026-01-01',
      url: 'https://x.example/en/articles/s/',
      records: [
        { model_id: 'm', model: '=1+1', vendor: '@SUM(1)', metric_id: 'delta', metric: '-Delta', unit: '+pts', value: -0.5, display: '-0.5', approximate: false, estimate: false, undisclosed: false, note: '+note' },
      ],
      sources: [{ title: 'Src', url: '=cmd' }],
    };
    const row = toCsv(dataset).split('\r\n')[1];
    expect(row).toBe(`m,"'=1+1","'@SUM(1)",delta,"'-Delta","'+pts",-0.5,"'-0.5",false,false,false,"'+note","'=cmd"`);
  });
});
