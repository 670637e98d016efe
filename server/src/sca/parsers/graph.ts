// The path from a direct dependency to a transitive one, for lockfiles that record who depends on
// whom (package-lock, yarn.lock, pnpm-lock.yaml, poetry.lock, uv.lock). Breadth-first, so each
// package gets its shortest chain; every node and edge is visited once (linear in the lockfile).

const MAX_CHAIN = 6;

/**
 * For every node reachable from `roots`: the chain of nodes from its root down to its parent
 * (empty for a root itself). `children` gives a node's dependencies as node ids.
 */
export function pathsFromRoots(
  roots: Iterable<string>,
  children: (node: string) => Iterable<string>,
): Map<string, string[]> {
  const parent = new Map<string, string | undefined>();
  const queue: string[] = [];
  for (const root of roots)
    if (!parent.has(root)) {
      parent.set(root, undefined);
      queue.push(root);
    }
  for (let i = 0; i < queue.length; i++)
    for (const child of children(queue[i]))
      if (!parent.has(child)) {
        parent.set(child, queue[i]);
        queue.push(child);
      }
  // Each chain walks up at most MAX_CHAIN parents (a deeper one shows its root, then '…'), so an
  // attacker's 10,000-deep chain costs 10,000 × MAX_CHAIN steps, not 10,000².
  const rootOf = new Map<string, string>();
  for (const node of queue) rootOf.set(node, parent.get(node) === undefined ? node : rootOf.get(parent.get(node)!)!);
  const chains = new Map<string, string[]>();
  for (const node of queue) {
    const chain: string[] = [];
    let up = parent.get(node);
    while (up !== undefined && chain.length < MAX_CHAIN) {
      chain.push(up);
      up = parent.get(up);
    }
    if (up !== undefined) chain.push('…', rootOf.get(node)!);
    chains.set(node, chain.reverse());
  }
  return chains;
}

/** Nodes nothing depends on: the direct dependencies when the lockfile does not name them. */
export function unreferenced(nodes: Iterable<string>, children: (node: string) => Iterable<string>): string[] {
  const all = [...nodes];
  const referenced = new Set<string>();
  for (const node of all) for (const child of children(node)) if (child !== node) referenced.add(child);
  return all.filter((n) => !referenced.has(n));
}
