import { describe, expect, it } from 'vitest';
import { invalidDates, isCalendarDate } from '../../src/lib/dates.ts';

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-26', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-45', false],
    ['2026-1-5', false],
    ['26 November 2026', false],
  ])('%s → %s', (text, valid) => expect(isCalendarDate(text)).toBe(valid));
});

describe('invalidDates', () => {
  it('reads dates as written, before YAML can roll them over', () => {
    const source = '---\ntitle: x\ndate: 2026-13-45\nupdated: 2026-11-30\n---\nbody';
    expect(invalidDates(source, ['date', 'updated'])).toEqual([{ field: 'date', value: '2026-13-45' }]);
  });
  it('reads a YAML file without frontmatter fences, and ignores absent fields', () => {
    expect(invalidDates('name: X\nreleased: 2023-02-30\n', ['released'])).toEqual([{ field: 'released', value: '2023-02-30' }]);
    expect(invalidDates('name: X\n', ['released'])).toEqual([]);
  });
  it('accepts real days however they are quoted or commented, and ignores nested keys', () => {
    const source = '---\ndate: "2026-11-10"\nupdated: 2026-11-12 # fixed a figure\r\nmeta:\n  date: 2026-99-99\n---\n';
    expect(invalidDates(source, ['date', 'updated'])).toEqual([]);
  });
  it('leaves every unusual way of writing a date key or value to the YAML parser', () => {
    const cases: [string, string, string][] = [
      ['"date": 2026-02-30', 'date', '2026-02-30'],
      ['date : 2026-02-30', 'date', '2026-02-30'],
      ['? updated\n: 2026-02-31', 'updated', '2026-02-31'],
      ['date: 2026-11-10#x', 'date', '2026-11-10#x'],
      ['date: 2026-11-10\n  12:00', 'date', '2026-11-10 12:00'],
    ];
    for (const [yaml, field, value] of cases) {
      expect(invalidDates(`---\n${yaml}\n---\n`, ['date', 'updated']), yaml).toEqual([{ field, value }]);
    }
    expect(invalidDates('---\nsummary: updated daily\ndate: 2026-11-10 # first\n---\n', ['date', 'updated'])).toEqual([]);
  });
  it('reports dates written in any other form with their text', () => {
    const source = "---\ndate: 2026-11-10T08:00:00Z\nupdated: '2026-02-30'\n---\n";
    expect(invalidDates(source, ['date', 'updated'])).toEqual([
      { field: 'date', value: '2026-11-10T08:00:00Z' },
      { field: 'updated', value: '2026-02-30' },
    ]);
  });
});
