/**
 * Import circles under a folder, found with dependency-cruiser: cycles between modules (type-only imports count: they
 * tie the modules together for a reader and for the type checker) and loops between folders (a folder importing from
 * a folder that imports back from it, as lib/content ↔ lib/search). `.astro` files are not parsed.
 */
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { projectRoot } from './fixture-site.ts';

export interface ImportCircles {
  /** Modules the cruise read, project-relative */
  modules: string[];
  /** Relative imports that did not resolve to a file (a circle through them could not be seen) */
  unresolved: string[];
  /** Each module cycle once, as 'a.ts → b.ts → a.ts', starting at its alphabetically first module */
  moduleCycles: string[];
  /** Each folder loop once, written the same way */
  folderLoops: string[];
}

/** One spelling per cycle whichever member the cruiser started from. */
function normalise(start: string, cycle: IViolation['cycle']): string {
  const members = [start, ...(cycle ?? []).map((step) => step.name)];
  // The cruiser ends the cycle where it started; drop the repeat, rotate to the smallest name, close it again.
  if (members.length > 1 && members.at(-1) === members[0]) members.pop();
  const first = members.indexOf([...members].sort()[0]!);
  const rotated = [...members.slice(first), ...members.slice(0, first)];
  return [...rotated, rotated[0]].join(' → ');
}

export async function findImportCircles(folder: string): Promise<ImportCircles> {
  const result = await cruise(
    [folder],
    {
      baseDir: projectRoot,
      validate: true,
      ruleSet: {
        forbidden: [
          { name: 'module-cycle', severity: 'error', from: {}, to: { circular: true } },
          { name: 'folder-loop', severity: 'error', scope: 'folder', from: {}, to: { circular: true } },
        ],
      },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.astro$' },
    },
  );
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text instead of a result');
  const output: ICruiseResult = result.output;
  const inFolder = output.modules.filter((module) => module.source.startsWith(`${folder}/`));
  const unresolved = inFolder.flatMap((module) =>
    module.dependencies.filter((dependency) => dependency.couldNotResolve && dependency.module.startsWith('.')).map((dependency) => `${module.source} → ${dependency.module}`),
  );
  const cyclesOf = (rule: string) => [...new Set(output.summary.violations.filter((violation) => violation.rule.name === rule).map((violation) => normalise(violation.from, violation.cycle)))].sort();
  return { modules: inFolder.map((module) => module.source).sort(), unresolved, moduleCycles: cyclesOf('module-cycle'), folderLoops: cyclesOf('folder-loop') };
}
