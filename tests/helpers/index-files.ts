import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file of a written search index, unpacked (gzip undone) and base64-encoded, by path within the folder: two indexes compare with toEqual. */
export async function indexFiles(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  const unpack = (file: Buffer) => (file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file).toString('base64');
  return new Map(await Promise.all(names.sort().map(async (name) => [name, unpack(await readFile(path.join(folder, name)))] as const)));
}
