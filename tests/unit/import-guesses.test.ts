import { describe, expect, it } from 'vitest';
import { folderHints, guessDate, guessTitle, matchTopic } from '../../src/lib/import-files/read-guesses.ts';

describe('the date printed on a document', () => {
  it('reads the signing line in Thai or Arabic digits, full or short month names', () => {
    expect(guessDate('ประกาศ ณ วันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๗')).toEqual({ iso: '2024-01-15', text: 'ประกาศ ณ วันที่ 15 มกราคม พ.ศ. 2567' });
    expect(guessDate('หนังสือ ลงวันที่ 2 ต.ค. 66 เรื่อง ...')?.iso).toBe('2023-10-02');
    expect(guessDate('สั่ง ณ วันที่ 20 เดือน กุมภาพันธ์ พ.ศ. 2567')?.iso).toBe('2024-02-20');
  });
  it('prefers the signing date to a date mentioned in the text, and refuses days that do not exist', () => {
    expect(guessDate('ประชุมเมื่อวันที่ 1 มีนาคม 2567\nประกาศ ณ วันที่ 5 มีนาคม พ.ศ. 2567')?.iso).toBe('2024-03-05');
    expect(guessDate('ประกาศ ณ วันที่ 30 กุมภาพันธ์ พ.ศ. 2567')).toBeUndefined();
    expect(guessDate('ไม่มีวันที่')).toBeUndefined();
  });
});

describe('the title of a document', () => {
  it('is what follows เรื่อง, on its line or the next', () => {
    expect(guessTitle('ประกาศองค์การบริหารส่วนตำบลตัวอย่าง\nเรื่อง แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nด้วย...')).toBe(
      'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567',
    );
    expect(guessTitle('คำสั่ง\nเรื่อง\nแต่งตั้งคณะกรรมการ')).toBe('แต่งตั้งคณะกรรมการ');
  });
  it('is otherwise the first line that reads like a heading, skipping the letterhead', () => {
    expect(guessTitle('ที่ นม 123/2567\nรายงานผลการใช้จ่ายงบประมาณประจำปี\nองค์การ...')).toBe('รายงานผลการใช้จ่ายงบประมาณประจำปี');
    expect(guessTitle('12 34 56')).toBeUndefined();
  });
});

describe('what the folders say', () => {
  it('finds the ITA year and the O-item however the folder is written', () => {
    expect(folderHints(['ITA 2567', 'O12 รายงานกำกับติดตาม 6 เดือน'])).toEqual({ itaYear: 2567, itemCode: 'O12', topic: 'รายงานกำกับติดตาม 6 เดือน' });
    expect(folderHints(['ปีงบประมาณ ๒๕๖๘', 'o1-โครงสร้าง'])).toMatchObject({ itaYear: 2568, itemCode: 'O1' });
    expect(folderHints(['ITA2566', 'O05'])).toEqual({ itaYear: 2566, itemCode: 'O5' });
  });
  it('takes a Thai topic folder as a topic, in either Unicode form', () => {
    expect(folderHints(['2567', 'การจัดซื้อจัดจ้าง'.normalize('NFD')])).toEqual({ itaYear: 2567, topic: 'การจัดซื้อจัดจ้าง' });
  });
  it('matches a topic to the names that contain it or that it contains', () => {
    const types = [
      { id: 'procurement-plan', th: 'แผนการจัดซื้อจัดจ้าง' },
      { id: 'procurement-result', th: 'สรุปผลการจัดซื้อจัดจ้าง' },
      { id: 'org-structure', th: 'โครงสร้างหน่วยงาน' },
    ];
    expect(matchTopic('แผนการจัดซื้อจัดจ้างประจำปี', types, (type) => [type.th]).map((type) => type.id)).toEqual(['procurement-plan']);
    expect(matchTopic('โครงสร้าง', types, (type) => [type.th]).map((type) => type.id)).toEqual(['org-structure']);
    expect(matchTopic('อื่นๆ', types, (type) => [type.th])).toEqual([]);
  });
});

describe('a subject printed over two lines', () => {
  it('is joined where Thai wrapped between words, but not with the body that follows', () => {
    expect(guessTitle('เรื่อง รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบ\nประมาณ รอบ 6 เดือน\nผลการดำเนินงานเป็นไปตามแผน')).toBe(
      'รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน',
    );
    expect(guessTitle('เรื่อง แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567\nด้วยองค์การบริหารส่วนตำบลตัวอย่าง')).toBe('แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567');
  });
});
