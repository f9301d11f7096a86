import { outputUntouched } from '../../i18n/terminal.ts';

/** The last words of a failed `npm run build`, from either of its processes: what went wrong, and that dist/ is safe. */
export function failBuild(messageTh: string, messageEn: string): never {
  console.error(`\n✗ ${messageTh}\n  ${messageEn}\n  ${outputUntouched}\n`);
  process.exit(1);
}
