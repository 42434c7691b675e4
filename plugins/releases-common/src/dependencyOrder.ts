/**
 * Orders components so that dependencies come first. `dependsOn` maps a component to the components
 * (of the same set) it depends on. Cycles are found as strongly connected components (Tarjan); each
 * cycle is kept together, in the input order, and reported so that the caller can say how it was
 * broken.
 *
 * @public
 */
export function suggestReleaseOrder(
  components: string[],
  dependsOn: Map<string, string[]>,
): { order: string[]; cycles: string[][] } {
  const inSet = new Set(components);
  const edges = (ref: string) =>
    (dependsOn.get(ref) ?? []).filter(dep => inSet.has(dep) && dep !== ref);

  // Tarjan's algorithm; it emits strongly connected components dependencies-first.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  const visit = (ref: string) => {
    index.set(ref, counter);
    low.set(ref, counter);
    counter += 1;
    stack.push(ref);
    onStack.add(ref);
    for (const dep of edges(ref)) {
      if (!index.has(dep)) {
        visit(dep);
        low.set(ref, Math.min(low.get(ref)!, low.get(dep)!));
      } else if (onStack.has(dep)) {
        low.set(ref, Math.min(low.get(ref)!, index.get(dep)!));
      }
    }
    if (low.get(ref) === index.get(ref)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== ref);
      groups.push(
        group.sort((a, b) => components.indexOf(a) - components.indexOf(b)),
      );
    }
  };

  for (const ref of components) {
    if (!index.has(ref)) visit(ref);
  }
  return {
    order: groups.flat(),
    cycles: groups.filter(g => g.length > 1),
  };
}
