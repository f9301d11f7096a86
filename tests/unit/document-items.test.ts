import { describe, expect, it } from 'vitest';
import { itemsByDocument, type YearAssessment } from '../../src/lib/oit/document-items.ts';
import type { ItemAssessment } from '../../src/lib/oit/status.ts';

type Source = ItemAssessment['evidence'][number]['source'];
const evidence = (entryId: string, source: Source = 'documents') => ({ source, entryId }) as ItemAssessment['evidence'][number];

/** An assessment with only what itemsByDocument reads. */
function assessed(code: string, lists: Partial<Record<'evidence' | 'otherEvidence' | 'notYetOnline', string[]>>, source?: Source) {
  return {
    item: { code, title: `ข้อ ${code}` },
    evidence: (lists.evidence ?? []).map((id) => evidence(id, source)),
    otherEvidence: (lists.otherEvidence ?? []).map((id) => evidence(id, source)),
    notYetOnline: (lists.notYetOnline ?? []).map((id) => evidence(id, source)),
  } as unknown as ItemAssessment;
}

describe('the OIT items of each document', () => {
  const years: YearAssessment[] = [
    {
      year: 2567,
      assessments: [
        assessed('O1', { evidence: ['plan', 'plan'], otherEvidence: ['old-plan'] }),
        assessed('O2', { evidence: ['report'], notYetOnline: ['report', 'draft'] }),
      ],
    },
    { year: 2568, assessments: [assessed('O1', { otherEvidence: ['plan'] }), assessed('O9', { evidence: ['plan'] }, 'procurement')] },
  ];
  const byDocument = itemsByDocument(years);
  const link = (year: number, code: string) => ({ year, code, title: `ข้อ ${code}` });

  it('lists the items a document answers and those it only relates to, once each, years in order', () => {
    expect(byDocument.get('plan')).toEqual({ answers: [link(2567, 'O1')], related: [link(2568, 'O1')] });
    expect(byDocument.get('old-plan')).toEqual({ answers: [], related: [link(2567, 'O1')] });
    expect(byDocument.get('draft')).toEqual({ answers: [], related: [link(2567, 'O2')] });
  });

  it('does not also relate a document to an item it answers', () => {
    expect(byDocument.get('report')).toEqual({ answers: [link(2567, 'O2')], related: [] });
  });

  it('leaves out evidence from other collections, and documents without items', () => {
    // O9's evidence is a procurement entry that happens to share the id "plan".
    expect(byDocument.get('plan')!.answers.map((item) => item.code)).not.toContain('O9');
    expect([...byDocument.keys()].sort()).toEqual(['draft', 'old-plan', 'plan', 'report']);
  });
});
