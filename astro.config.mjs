// @ts-check
import { defineConfig } from 'astro/config';
import { resolveConfig } from './src/config.ts';
import { astroConfigFor } from './src/integrations/astro-config.ts';

// `astro dev` and a plain `astro build`; `npm run build` passes the same configuration to Astro itself.
export default defineConfig(astroConfigFor(resolveConfig({ root: new URL('.', import.meta.url).pathname })));
