/**
 * Literal requirements bound to the literal ids of one automaton, evaluated from the
 * literals a view holds. The gates of every signature are asked on every view, and most
 * fail; rather than reading each requirement's literal lists against the view, the view's
 * literals are read once and each counted into the requirement nodes that list it, so a
 * node then answers with one comparison however long its list. The same pass marks the
 * nodes above each present literal: a node with none below it answers at once with what
 * it says when no literal is present, instead of asking every part of its subtree (most
 * subtrees hold no present literal, and a few signatures have hundreds of nodes).
 */
import type { LiteralRequirement } from "./required-literals";

/** All (or any) of `ids` present and of `parts` holding; `index` counts its present ids in `hitsOf`. */
export interface BoundRequirement {
  all: boolean;
  ids: Int32Array;
  parts: BoundRequirement[];
  index: number;
  /** Whether it holds when no literal is present (an `all` of nothing does). */
  vacuous: boolean;
}

/**
 * What `hitsOf` found in one view, one entry per node index: how many of the node's own
 * ids are present, with TOUCHED set when a present literal is listed by the node or by
 * a node below it. An untouched node's entry is 0.
 */
export type RequirementHits = Int32Array;

export const TOUCHED = 1 << 30;
const COUNT = TOUCHED - 1;

export class RequirementIndex {
  private readonly nodes: BoundRequirement[] = [];
  /** The index of each node's parent, -1 for a root. */
  private readonly parents: number[] = [];
  /** The nodes listing each literal id: postings[first[id] .. first[id + 1]). */
  private first = new Int32Array(1);
  private postings = new Int32Array(0);
  /** Whether the postings hold every node bound so far. */
  private indexed = false;

  /** `size`: the number of literal ids. */
  constructor(private readonly size: number) {}

  /** Binds `requirement` to literal ids (-1 for one the automaton lacks: never present). */
  bind(requirement: LiteralRequirement, idOf: ReadonlyMap<string, number>): BoundRequirement {
    this.indexed = false;
    return this.node(requirement, idOf, -1);
  }

  private node(requirement: LiteralRequirement, idOf: ReadonlyMap<string, number>, parent: number): BoundRequirement {
    const index = this.nodes.length;
    this.parents.push(parent);
    if (typeof requirement === "string") {
      const leaf = { all: true, ids: Int32Array.of(idOf.get(requirement) ?? -1), parts: [], index, vacuous: false };
      this.nodes.push(leaf);
      return leaf;
    }
    const all = "all" in requirement;
    const ids: number[] = [];
    const parts: BoundRequirement[] = [];
    const node: BoundRequirement = { all, ids: new Int32Array(0), parts, index, vacuous: false };
    this.nodes.push(node);
    for (const member of all ? requirement.all : requirement.any) {
      if (typeof member === "string") ids.push(idOf.get(member) ?? -1);
      else parts.push(this.node(member, idOf, index));
    }
    node.ids = Int32Array.from(ids);
    node.vacuous = all ? ids.length === 0 && parts.every((part) => part.vacuous) : parts.some((part) => part.vacuous);
    return node;
  }

  /** Rebuilds the postings from every node bound so far. */
  private index(): void {
    const first = new Int32Array(this.size + 1);
    for (const node of this.nodes) for (const id of node.ids) if (id >= 0) first[id + 1]++;
    for (let id = 0; id < this.size; id++) first[id + 1] = (first[id + 1] as number) + (first[id] as number);
    const cursor = first.slice(0, this.size);
    const postings = new Int32Array(first[this.size] as number);
    for (const node of this.nodes) for (const id of node.ids) if (id >= 0) postings[cursor[id]++ as number] = node.index;
    this.first = first;
    this.postings = postings;
    this.indexed = true;
  }

  /** Per node, how many of its ids `present` (one flag per literal id) holds, and whether it has one below it. */
  hitsOf(present: Uint8Array): RequirementHits {
    if (!this.indexed) this.index();
    const hits = new Int32Array(this.nodes.length);
    const { first, postings, parents } = this;
    // A view holds few of the literals: a native search skips the flags of the others.
    for (let id = present.indexOf(1); id >= 0; id = present.indexOf(1, id + 1)) {
      const end = first[id + 1] as number;
      for (let k = first[id] as number; k < end; k++) {
        const node = postings[k] as number;
        hits[node] = (hits[node] as number) + 1;
        // Up to the first node marked already: everything above it is marked too.
        for (let up = node; up >= 0 && ((hits[up] as number) & TOUCHED) === 0; up = parents[up] as number) hits[up] = (hits[up] as number) | TOUCHED;
      }
    }
    return hits;
  }
}

/** Whether `requirement` holds in a view with these `hits` (from `hitsOf`). */
export function holds(requirement: BoundRequirement, hits: RequirementHits): boolean {
  const entry = hits[requirement.index] as number;
  if (entry === 0) return requirement.vacuous;
  const found = entry & COUNT;
  const { parts } = requirement;
  if (requirement.all) {
    if (found !== requirement.ids.length) return false;
    for (let k = 0; k < parts.length; k++) if (!holds(parts[k] as BoundRequirement, hits)) return false;
    return true;
  }
  if (found > 0) return true;
  for (let k = 0; k < parts.length; k++) if (holds(parts[k] as BoundRequirement, hits)) return true;
  return false;
}
