import type { Site } from '../../schemas/site.ts';

type Unit = Site['units'][number];
export interface UnitNode extends Unit {
  children: UnitNode[];
}

/** Units nested under their parents, in the order staff wrote them; a unit with an unknown parent stays at the top. */
export function unitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { ...unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
