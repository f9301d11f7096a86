/**
 * `npm run new -- <document|measure|declaration|news|qa> [document-type]`: writes a valid skeleton into the right folder.
 * Without arguments it asks, in Thai, what to create.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { readContent } from '../src/lib/content/read-content.ts';
import { documentTypesFileSchema } from '../src/schemas/document-types.ts';
import { scaffoldEntry, scaffoldKinds, firstFreePath, type ScaffoldKind } from '../src/lib/scaffold.ts';
import { scaffoldKindLabels } from '../src/i18n/scaffold.ts';
import { bangkokIsoDate } from '../src/lib/thai-date.ts';
import { resolveConfig } from '../src/config.ts';

const { root, contentDir } = resolveConfig();
const raw = await readContent(root, contentDir);
const types = documentTypesFileSchema.safeParse(raw.singletons.documentTypes?.data);
if (!types.success) {
  console.error(`✗ อ่าน ${contentDir}/document-types.yaml ไม่ได้ — แก้ไฟล์นั้นก่อน (npm run check จะบอกว่าผิดตรงไหน)`);
  process.exit(1);
}
const documentTypes = types.data.types.filter((type) => type.source === 'documents');

async function ask(question: string, choices: string[]): Promise<string> {
  if (!stdin.isTTY) {
    console.error('✗ ไม่ได้ระบุชนิด และไม่ได้รันในเทอร์มินัล: ใช้ npm run new -- <ชนิด> เช่น npm run new -- document procurement-plan');
    process.exit(1);
  }
  const prompt = createInterface({ input: stdin, output: stdout });
  console.log(question);
  choices.forEach((choice, index) => console.log(`  ${index + 1}. ${choice}`));
  for (;;) {
    const answer = Number((await prompt.question('เลือกหมายเลข: ')).trim());
    if (Number.isInteger(answer) && answer >= 1 && answer <= choices.length) {
      prompt.close();
      return String(answer - 1);
    }
    console.log(`กรุณาพิมพ์ตัวเลข 1–${choices.length}`);
  }
}

let [kindArgument, typeArgument] = process.argv.slice(2);
if (!kindArgument) kindArgument = scaffoldKinds[Number(await ask('ต้องการเพิ่มอะไร?', scaffoldKinds.map((kind) => scaffoldKindLabels[kind])))];
if (!scaffoldKinds.includes(kindArgument as ScaffoldKind)) {
  console.error(`✗ ไม่รู้จักชนิด "${kindArgument}" ใช้ได้: ${scaffoldKinds.join(', ')}`);
  process.exit(1);
}
const kind = kindArgument as ScaffoldKind;
if (kind === 'document' && !typeArgument) {
  typeArgument = documentTypes[Number(await ask('ประเภทเอกสาร:', documentTypes.map((type) => `${type.th} (${type.id})`)))]?.id;
}
if (kind === 'document' && !documentTypes.some((type) => type.id === typeArgument)) {
  console.error(`✗ ไม่รู้จักประเภทเอกสาร "${typeArgument}" — ประเภททั้งหมด:\n${documentTypes.map((type) => `  ${type.id}  ${type.th}`).join('\n')}`);
  process.exit(1);
}

const scaffold = scaffoldEntry(kind, { today: bangkokIsoDate(new Date()), documentTypes: types.data.types, documentType: typeArgument });
const relative = firstFreePath(scaffold.path, (candidate) => existsSync(path.join(root, contentDir, candidate)));
const target = path.join(root, contentDir, relative);
await mkdir(path.dirname(target), { recursive: true });
await writeFile(target, scaffold.text);
console.log(`✓ สร้างไฟล์ ${path.join(contentDir, relative)}`);
console.log('กรอกต่อ:');
for (const line of scaffold.fillIn) console.log(`  - ${line}`);
console.log('แล้วตรวจด้วย npm run check และสร้างเว็บไซต์ด้วย npm run build');
