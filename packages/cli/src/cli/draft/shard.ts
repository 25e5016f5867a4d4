import { createHash } from "node:crypto";

/** `--shard i/n`: the `i`th of `n` parts of a batch, counted from 0 (as Kubernetes' indexed jobs count). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `i/n` with 0 ≤ i < n, or a sentence saying what is wrong with it. */
export function parseShard(value: string): Shard | string {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(value);
  if (!match) return `must be i/n, the part i of n counted from 0 (0/4 to 3/4), got '${value}'`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count === 0) return `must split into at least 1 part, got '${value}'`;
  if (index >= count) return `counts parts from 0: for ${count} parts, 0/${count} to ${count - 1}/${count}, got '${value}'`;
  return { index, count };
}

/**
 * Whether the brief file `name` is in `shard`: by a hash of the name, so an article stays in its
 * shard however many articles are added to or removed from the archive around it.
 */
export function inShard(name: string, shard: Shard): boolean {
  return createHash("sha256").update(name).digest().readUInt32BE(0) % shard.count === shard.index;
}
