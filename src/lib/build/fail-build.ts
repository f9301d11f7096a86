import { existsSync } from 'node:fs';
import path from 'node:path';
import { outputUntouched } from '../../i18n/terminal.ts';

/** Where a build writes: the folder as staff named it (for messages) and where it is. */
export interface BuildOutput {
  label: string;
  absolute: string;
  /** A folder below the project's (not the project itself, not one outside it) */
  insideProject: boolean;
}

export function buildOutput(root: string, given: string): BuildOutput {
  const absolute = path.resolve(root, given);
  const relative = path.relative(root, absolute);
  const insideProject = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return { label: (relative.startsWith('..') ? absolute : relative).replace(/[\\/]+$/, ''), absolute, insideProject };
}

/** The last words of a failed `npm run build`, from either of its processes: what went wrong, and that the output is safe. */
export function failBuild(messageTh: string, messageEn: string, output: BuildOutput): never {
  console.error(`\n✗ ${messageTh}\n  ${messageEn}\n  ${outputUntouched(output.label, existsSync(output.absolute))}\n`);
  process.exit(1);
}
