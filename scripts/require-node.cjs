// Runs before every npm command of the project, on whatever Node the machine has: a clear message instead of a stack trace.
'use strict';
var parts = process.versions.node.split('.').map(Number);
if (parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12)) process.exit(0);
console.error(
  [
    '',
    '✗ Prongsai ต้องใช้ Node.js รุ่น 22.12 ขึ้นไป (แนะนำ 24 LTS) แต่เครื่องนี้ใช้ ' + process.version,
    '  วิธีแก้: ติดตั้ง Node.js 24 LTS จาก https://nodejs.org/ (Windows/macOS: ตัวติดตั้ง .msi/.pkg)',
    '  หรือใช้ nvm: nvm install 24 && nvm use 24  (ไฟล์ .nvmrc ในโฟลเดอร์นี้ระบุรุ่นไว้แล้ว)',
    '  แล้วปิดเปิดหน้าต่างเทอร์มินัลใหม่ และสั่งคำสั่งเดิมอีกครั้ง',
    '',
    '  Prongsai needs Node.js 22.12 or later (24 LTS recommended); this machine has ' + process.version + '.',
    '  Install Node.js 24 LTS from https://nodejs.org/ or run `nvm install 24 && nvm use 24`, then run the command again.',
    '',
  ].join('\n'),
);
process.exit(1);
