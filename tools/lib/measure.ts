/** Runs a command and measures its wall time and peak memory (the sum of RSS of it and its children). */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  code: number;
  seconds: number;
  /** Peak resident memory of the process tree, in MiB, sampled every 100 ms. */
  peakMiB: number;
  output: string;
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function treeRssKiB(pid: number): number {
  return rssKiB(pid) + children(pid).reduce((sum, child) => sum + treeRssKiB(child), 0);
}

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
    }, 100);
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, seconds: (performance.now() - start) / 1000, peakMiB: Math.round(peak / 1024), output });
    });
  });
}

export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}
