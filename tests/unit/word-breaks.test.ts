import { describe, expect, it } from 'vitest';
import { wordPieces } from '../../src/lib/word-breaks.ts';

describe('wordPieces', () => {
  it.each([
    ['上下文窗口', ['上下文', '窗口']],
    ['平均推理延迟', ['平均', '推理', '延迟']],
    // Single characters the segmenter splits off stay with their neighbours.
    ['估计参数量', ['估计', '参数量']],
    ['开源许可证', ['开源', '许可证']],
    ['每百万词元价格', ['每百万', '词元', '价格']],
    ['2026年3月1日', ['2026年', '3月', '1日']],
    // Beside punctuation the browser's own rules break (never before a closing bracket).
    ['幻觉率（事实类任务）', ['幻觉率（事实类', '任务）']],
    // Where Latin meets Chinese without a space.
    ['MMLU得分', ['MMLU', '得分']],
    ['MMLU 得分', ['MMLU 得分']],
    // Latin text, even inside Chinese brackets, is left whole.
    ['HumanEval（Pass@1）', ['HumanEval（Pass@1）']],
    ['Context window', ['Context window']],
  ])('%s → %j', (text, pieces) => {
    expect(wordPieces(text)).toEqual(pieces);
  });

  it('keeps every character, in order', () => {
    const text = 'GPT-5.4 与同类模型的基准测试、延迟与幻觉率对比（2026年3月）';
    expect(wordPieces(text).join('')).toBe(text);
  });
});
