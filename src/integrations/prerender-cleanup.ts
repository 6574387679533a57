/**
 * A failed build leaves none of its compiled pages in the output folder.
 *
 * `astro build` bundles every page with every content entry it can load (draft stories included:
 * a production build reads and checks them) into `.prerender/` in the output folder, renders the
 * pages from that bundle, and removes it only once every page has rendered
 * (`astro/dist/core/build/static-build.js`). A build that fails on the way (a content problem
 * found by a page's getStaticPaths, a component that throws) leaves it there, the drafts' text
 * among its chunks, for whatever publishes the folder next. Astro has no hook for a failed build,
 * so the folder is removed when the build's process ends, however it ends short of SIGKILL.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';

/**
 * Where Astro 7 writes the prerender bundle (`getPrerenderOutputDirectory` in
 * `astro/dist/prerender/utils.js`, not exported): in the server folder for a server build, else
 * in the output folder, or in `.astro/` of the working folder when the output folder lies outside
 * it. (Adapters that preserve their server folder are not used here.)
 */
export function prerenderFolder(config: Pick<AstroConfig, 'outDir' | 'build'>, buildOutput: 'static' | 'server', cwd: string): string {
  if (buildOutput === 'server') return path.join(fileURLToPath(config.build.server), '.prerender');
  const outDir = fileURLToPath(config.outDir);
  return path.join(outDir.startsWith(cwd) ? outDir : path.join(cwd, '.astro'), '.prerender');
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export default function prerenderCleanup(): AstroIntegration {
  let building = false;
  return {
    name: 'frontier-brief:prerender-cleanup',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, buildOutput }) => {
        if (!building) return;
        const folder = prerenderFolder(config, buildOutput, process.cwd());
        // Synchronous: an 'exit' listener cannot wait for a promise. After a successful build the
        // folder is already gone and this does nothing.
        const remove = () => rmSync(folder, { recursive: true, force: true });
        process.once('exit', remove);
        // A signal ends the process without 'exit': remove the folder, then let the signal do
        // what it would have done (this listener is gone by then, so the default applies).
        for (const signal of SIGNALS) {
          process.once(signal, () => {
            remove();
            process.kill(process.pid, signal);
          });
        }
      },
    },
  };
}
