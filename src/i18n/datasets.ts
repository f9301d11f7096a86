/** How the open-data page and each dataset's JSON describe the datasets, as Thai open-data catalogues do. */

/** Open data defaults to the Open Government licence used by data.go.th unless the agency says otherwise. */
export const defaultLicence = 'Open Data Common (สัญญาอนุญาตให้ใช้ข้อมูลแบบเปิดของ data.go.th)';

export const datasetDescriptions = {
  'ita-results': {
    title: 'ผลการประเมินคุณธรรมและความโปร่งใส (ITA) รายปี รายเครื่องมือ และรายตัวชี้วัด',
    description: 'คะแนนรวม ระดับตามที่รายงาน คะแนนเครื่องมือ IIT/EIT/OIT และคะแนนตัวชี้วัดทั้ง 10 ตัว หนึ่งแถวต่อหนึ่งตัวชี้วัด พร้อมคะแนนรวมและระดับที่คำนวณจากเกณฑ์ของปี',
    updateFrequency: 'ปีละครั้ง เมื่อประกาศผล ITA',
  },
  documents: {
    title: 'ทะเบียนเอกสารเผยแพร่',
    description: 'เอกสารทุกฉบับที่เผยแพร่บนเว็บไซต์: ชื่อ ประเภท ปีงบประมาณ วันที่เผยแพร่และปรับปรุง (ค.ศ. รูปแบบ ISO) จำนวนไฟล์แนบ และที่อยู่เว็บ',
    updateFrequency: 'ทุกครั้งที่เผยแพร่เอกสารใหม่',
  },
  measures: {
    title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส และผลการติดตามรายรอบ',
    description: 'มาตรการแต่ละข้อ ผู้รับผิดชอบ ช่วงเวลา และผลการติดตามรอบ 6 และ 12 เดือน หนึ่งแถวต่อหนึ่งรอบ',
    updateFrequency: 'ทุกรอบการติดตาม (6 และ 12 เดือน)',
  },
};
