/**
 * Import circles under a folder, found with dependency-cruiser: cycles between modules (type-only imports count: they
 * tie the modules together for a reader and for the type checker) and loops between folders (a folder importing code
 * from a folder that imports code back from it, as lib/content ↔ lib/search). `.astro` files are not parsed.
 */
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

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
function normalize(start: string, cycle: IViolation['cycle']): string {
  const members = [start, ...(cycle ?? []).map((step) => step.name)];
  // The cruiser ends the cycle where it started; drop the repeat, rotate to the smallest name, close it again.
  if (members.length > 1 && members.at(-1) === members[0]) members.pop();
  const first = members.indexOf([...members].sort()[0]!);
  const rotated = [...members.slice(first), ...members.slice(0, first)];
  return [...rotated, rotated[0]].join(' → ');
}

async function cruiseFor(folder: string, rule: 'module-cycle' | 'folder-loop'): Promise<ICruiseResult> {
  const result = await cruise([folder], {
    baseDir: projectRoot,
    validate: true,
    ruleSet: {
      forbidden: [
        rule === 'module-cycle'
          ? { name: rule, severity: 'error', from: {}, to: { circular: true } }
          : { name: rule, severity: 'error', scope: 'folder', from: {}, to: { circular: true } },
      ],
    },
    // Modules: type-only imports count. Folders: only what runs (a folder may name another's types both ways, e.g. labels keyed by a schema's enum).
    tsPreCompilationDeps: rule === 'module-cycle',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.astro$' },
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text instead of a result');
  return result.output;
}

export async function findImportCircles(folder: string): Promise<ImportCircles> {
  const [modules, folders] = await Promise.all([cruiseFor(folder, 'module-cycle'), cruiseFor(folder, 'folder-loop')]);
  const inFolder = modules.modules.filter((module) => module.source.startsWith(`${folder}/`));
  const unresolved = inFolder.flatMap((module) =>
    module.dependencies
      .filter((dependency) => dependency.couldNotResolve && dependency.module.startsWith('.'))
      .map((dependency) => `${module.source} → ${dependency.module}`),
  );
  const cyclesOf = (output: ICruiseResult) => [...new Set(output.summary.violations.map((violation) => normalize(violation.from, violation.cycle)))].sort();
  return { modules: inFolder.map((module) => module.source).sort(), unresolved, moduleCycles: cyclesOf(modules), folderLoops: cyclesOf(folders) };
}
