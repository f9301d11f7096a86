import type { AstroIntegration } from 'astro';
import { loadAndValidateContent } from '../lib/content/load-content.ts';
import { formatProblems, summarizeProblems } from '../lib/content/format-problems.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { shareMarkdownOptions } from '../lib/markdown.ts';

/**
 * In `npm run dev`, staff see the same Thai problem list as the build, every time the server starts; in every build,
 * Markdown rendered outside Astro's content store gets the site's Markdown settings.
 */
export function prongsai(): AstroIntegration {
  return {
    name: 'prongsai',
    hooks: {
      // Documents are rendered outside Astro's content store; they take the same Markdown settings.
      'astro:config:done': ({ config }) => shareMarkdownOptions(config.markdown),
      'astro:server:setup': async ({ logger }) => {
        const { problems } = await loadAndValidateContent(process.cwd(), contentDirFromEnv());
        if (problems.length === 0) return;
        const report = `${formatProblems(problems)}\n${summarizeProblems(problems)}`;
        if (problems.some((problem) => problem.severity === 'error')) logger.error(report);
        else logger.warn(report);
      },
    },
  };
}
