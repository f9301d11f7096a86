import { cp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixturesDir = path.join(projectRoot, 'tests/fixtures/sites');
/** Scratch sites live inside the project (git-ignored) so Astro resolves them like the real content folder. */
const scratchDir = path.join(projectRoot, '.prongsai/test-sites');

export interface ScratchSite {
  /** Folder holding `content/` */
  root: string;
  /** `content` folder relative to the project root, as the build's --content takes it */
  contentDirFromProject: string;
  write(relativePath: string, text: string): Promise<void>;
  read(relativePath: string): Promise<string>;
  edit(relativePath: string, change: (text: string) => string): Promise<void>;
  remove(): Promise<void>;
}

/** A throw-away copy of a fixture site that a test may break as it likes. */
export async function copyFixtureSite(fixture: string, name: string): Promise<ScratchSite> {
  const root = path.join(scratchDir, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(path.join(fixturesDir, fixture), root, { recursive: true });
  const at = (relativePath: string) => path.join(root, relativePath);
  return {
    root,
    contentDirFromProject: path.relative(projectRoot, at('content')),
    write: async (relativePath, text) => {
      await mkdir(path.dirname(at(relativePath)), { recursive: true });
      await writeFile(at(relativePath), text);
    },
    read: (relativePath) => readFile(at(relativePath), 'utf8'),
    edit: async (relativePath, change) => writeFile(at(relativePath), change(await readFile(at(relativePath), 'utf8'))),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
