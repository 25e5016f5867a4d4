import type { TokenRange } from "./tokens.js";

/**
 * Several phrases (token sequences) looked for at once: an Aho–Corasick automaton, so one pass
 * over a span finds any of them. Checking an entity with ten thousand aliases then costs one
 * walk of each of its spans, not one per alias, and nothing on any input is worse than linear.
 */
export class PhraseSet {
  readonly #stride: number;
  /** node × stride + token → child node. */
  readonly #edges = new Map<number, number>();
  /** Each node's edges as a linked list, for the breadth-first pass that links failures. */
  readonly #edgeToken: number[] = [];
  readonly #edgeChild: number[] = [];
  readonly #edgeNext: number[] = [];
  readonly #firstEdge: number[] = [-1];
  readonly #fail: number[] = [0];
  /** The phrases ending at each node; `#output` names the nearest node along the failure chain that ends any. */
  readonly #ending: (number[] | undefined)[] = [undefined];
  readonly #output: number[] = [-1];
  readonly #depth: number[] = [0];
  readonly size: number;

  /** @param stride one more than the largest token number that can occur */
  constructor(phrases: readonly Int32Array[], stride: number) {
    this.#stride = stride;
    this.size = phrases.length;
    phrases.forEach((phrase, index) => {
      let node = 0;
      for (const token of phrase) {
        const key = node * stride + token;
        let child = this.#edges.get(key);
        if (child === undefined) {
          child = this.#depth.length;
          this.#edges.set(key, child);
          this.#depth.push((this.#depth[node] as number) + 1);
          this.#firstEdge.push(-1);
          this.#fail.push(0);
          this.#ending.push(undefined);
          this.#output.push(-1);
          this.#edgeToken.push(token);
          this.#edgeChild.push(child);
          this.#edgeNext.push(this.#firstEdge[node] as number);
          this.#firstEdge[node] = this.#edgeChild.length - 1;
        }
        node = child;
      }
      if (node !== 0) (this.#ending[node] ??= []).push(index);
    });
    this.#link();
  }

  #link(): void {
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (let edge = this.#firstEdge[node] as number; edge !== -1; edge = this.#edgeNext[edge] as number) {
        const token = this.#edgeToken[edge] as number;
        const child = this.#edgeChild[edge] as number;
        this.#fail[child] = node === 0 ? 0 : this.#step(this.#fail[node] as number, token);
        const fallback = this.#fail[child] as number;
        this.#output[child] = this.#ending[child] ? child : (this.#output[fallback] as number);
        queue.push(child);
      }
    }
  }

  #step(node: number, token: number): number {
    let at = node;
    for (;;) {
      const child = this.#edges.get(at * this.#stride + token);
      if (child !== undefined) return child;
      if (at === 0) return 0;
      at = this.#fail[at] as number;
    }
  }

  /**
   * Walks tokens `range.from`–`range.to` of `ids` and calls `found` for each phrase occurrence,
   * with the phrase's index and its token range, until `found` returns true.
   */
  scan(ids: Int32Array, range: TokenRange, found: (phrase: number, at: TokenRange) => boolean): void {
    if (this.size === 0) return;
    let node = 0;
    for (let i = range.from; i < range.to; i++) {
      node = this.#step(node, ids[i] as number);
      for (let out = this.#output[node] as number; out > 0; out = this.#output[this.#fail[out] as number] as number) {
        const at = { from: i + 1 - (this.#depth[out] as number), to: i + 1 };
        for (const phrase of this.#ending[out] as number[]) if (found(phrase, at)) return;
      }
    }
  }

  /** The first occurrence of any phrase in `range`, or `undefined`. */
  first(ids: Int32Array, range: TokenRange): TokenRange | undefined {
    let first: TokenRange | undefined;
    this.scan(ids, range, (_, at) => {
      first = at;
      return true;
    });
    return first;
  }
}
