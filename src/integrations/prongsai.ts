import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import type { ProngsaiConfig } from '../config.ts';
import { formatProblems, summarizeProblems } from '../lib/content/format-problems.ts';
import { forgetContentModel, shareValidatedModel } from '../lib/content/model-slot.ts';
import { loadAndValidateContent } from '../lib/content/load-content.ts';
import type { ValidationResult } from '../lib/content/validate-content.ts';
import { answerWhileInvalid, problemPageHtml } from '../lib/content/problem-page.ts';
import { devProblemWords } from '../i18n/terminal.ts';
import { staticHostHeaders } from '../lib/site/security-policy.ts';
import { caseRedirects } from '../lib/addresses/case-forwarding.ts';
import { ignoredByDevServer } from '../lib/dev/watch-ignored.ts';

const virtualConfigId = 'virtual:prongsai/config';
const resolvedVirtualConfigId = `\0${virtualConfigId}`;

/**
 * Hands the configuration to the pages (`virtual:prongsai/config`); under
 * `astro dev`, prints the Thai problem list at start and after every change, and makes the next reload show the change.
 */
export function prongsai(config: ProngsaiConfig): AstroIntegration {
  return {
    name: 'prongsai',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            server: { watch: { ignored: ignoredByDevServer(config.root, config.workDir, path.join(config.root, config.contentDir)) } },
            plugins: [
              {
                name: 'prongsai-config',
                resolveId: (id) => (id === virtualConfigId ? resolvedVirtualConfigId : undefined),
                load: (id) => (id === resolvedVirtualConfigId ? `export const config = ${JSON.stringify(config)};\n` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, pages }) => {
        // Static hosts that read `_headers` send the policy as real headers too, with what a <meta> cannot say.
        await writeFile(new URL('_headers', dir), staticHostHeaders());
        // …and those that read `_redirects` send OIT addresses written as in the manual (O10) to the canonical page.
        await writeFile(new URL('_redirects', dir), caseRedirects(pages.map((page) => `/${page.pathname}`.replace(/\/?$/, '/'))));
      },
      'astro:server:setup': async ({ server, logger }) => {
        // One validation per change, shared by the terminal report and the pages; one started before a change is dropped.
        let validation: Promise<ValidationResult> | undefined;
        let generation = 0;
        const validated = () => {
          const started = generation;
          validation ??= loadAndValidateContent(config.root, config.contentDir, { pdfTextCacheDir: config.pdfTextCacheDir }).then((result) => {
            if (result.model && started === generation) shareValidatedModel(result.model);
            return result;
          });
          return validation;
        };
        const report = async () => {
          const { problems } = await validated();
          if (problems.length === 0) return;
          const text = `${formatProblems(problems, { noted: 'summary' })}\n${summarizeProblems(problems)}`;
          if (problems.some((problem) => problem.severity === 'error')) logger.error(text);
          else logger.warn(text);
        };
        watchContent(
          server,
          path.join(config.root, config.contentDir),
          () => {
            generation += 1;
            validation = undefined;
          },
          () => void report(),
        );
        // While content is invalid, every page is the Thai problem list, reloading itself once the file is fixed; no request renders a page.
        const publicDir = path.join(config.root, 'public');
        const isPublicFile = (pathname: string) => {
          const file = path.join(publicDir, decodeURIComponent(pathname));
          return file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile();
        };
        server.middlewares.use((request, response, next) => {
          const answer = answerWhileInvalid({ method: request.method, url: request.url, accept: request.headers.accept }, isPublicFile);
          if (answer === 'pass') return next();
          validated().then(({ model, problems }) => {
            if (model) return next();
            if (answer === 'not-found') {
              response.statusCode = 404;
              response.setHeader('Content-Type', 'text/plain; charset=utf-8');
              response.end(devProblemWords.notFoundWhileInvalid);
              return;
            }
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(problemPageHtml(problems, config.contentDir));
          }, next);
        });
        await report();
      },
    },
  };
}

/** Any change under the content folder: forget the model, clear Astro's cached page paths, reload open pages. */
function watchContent(server: ViteDevServer, contentRoot: string, onChange: () => void, afterChanges: () => void): void {
  const inContent = (file: string) => path.resolve(file).startsWith(contentRoot + path.sep);
  // The same message Astro sends when its own content store changes: it empties the cache of page paths.
  const clearPagePaths = () => {
    for (const name of ['ssr', 'prerender', 'astro']) server.environments[name]?.hot.send('astro:content-changed', {});
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onContentEvent = (file: string) => {
    if (!inContent(file)) return;
    onChange();
    forgetContentModel();
    clearPagePaths();
    server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
    // An editor's save is often several events; once they settle, drop paths a request in flight may have cached, and report.
    clearTimeout(pending);
    pending = setTimeout(() => {
      // A save may arrive as several writes (truncate, then write) of which only the first is an event: read it again.
      onChange();
      forgetContentModel();
      clearPagePaths();
      afterChanges();
    }, 300);
  };
  server.watcher.add(contentRoot);
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onContentEvent);
}
