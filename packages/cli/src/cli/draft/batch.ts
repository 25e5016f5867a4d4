import { lstat, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ExitCode } from "../exit-codes.js";
import { describeFsError } from "../fs-errors.js";
import type { CliIo } from "../io.js";
import { cannotWriteLine, count, fileLine } from "../messages.js";
import { OutputError, openOutput } from "../write-output.js";
import { type Archive, type ArchiveEntry, ArchiveError } from "./archive.js";
import type { ArticleFields } from "./article.js";
import { BatchProgress } from "./batch-progress.js";
import { directoryArchive } from "./directory-archive.js";
import type { Outcome } from "./draft-outcome.js";
import { type Drafter, inThisThread, WorkerPool } from "./drafters.js";
import { ndjsonArchive } from "./ndjson-archive.js";
import { OutputNames } from "./output-names.js";
import { inShard, type Shard } from "./shard.js";

export interface BatchOptions {
  /** The directory or NDJSON file, as typed. */
  readonly input: string;
  readonly kind: "directory" | "ndjson";
  /** Where the briefs go, as typed; made if missing. */
  readonly outDir: string;
  readonly jobs: number;
  readonly shard: Shard | undefined;
  /** Draft again articles whose brief is already there. */
  readonly force: boolean;
  /** What the command line says of every article, where the article does not say it itself. */
  readonly fields: ArticleFields;
}

/** An article this run drafts, with the brief file it gets. */
interface Planned {
  readonly entry: ArchiveEntry;
  readonly file: string | undefined;
}

/**
 * Drafts every article of an archive (or of one shard of it) into `outDir`, one brief file each,
 * skipping those already drafted. An article that fails is reported and the batch goes on; the
 * exit code says whether any failed.
 */
export async function runBatch(options: BatchOptions, io: CliIo): Promise<ExitCode> {
  const started = performance.now();
  const outDir = resolve(io.cwd, options.outDir);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    // EEXIST: something that is not a directory is in the way.
    const reason = (error as NodeJS.ErrnoException).code === "EEXIST" ? "not a directory" : describeFsError(error, "write");
    io.stderr.write(`${cannotWriteLine(options.outDir, reason)}\n`);
    return ExitCode.failed;
  }
  const archive = options.kind === "directory" ? directoryArchive(options.input, io, options.fields) : ndjsonArchive(options.input, io, options.fields);

  let plan: Plan;
  try {
    plan = await planBatch(archive, outDir, options);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    io.stderr.write(`${fileLine(options.input, error.message)}\n`);
    return ExitCode.failed;
  }

  const progress = new BatchProgress(io.stderr, plan.planned.length);
  const drafter: Drafter = options.jobs === 1 ? inThisThread : new WorkerPool(options.jobs);
  let drafted = 0;
  let failed = 0;
  const fail = (entry: ArchiveEntry, message: string): void => {
    failed++;
    progress.clear();
    io.stderr.write(`${fileLine(entry.label, message)}\n`);
  };
  const finish = async ({ entry, file }: Planned, outcome: Outcome): Promise<void> => {
    // Only a record without an id has no file, and such a record is never drafted.
    if (!outcome.ok || file === undefined) fail(entry, outcome.ok ? "has no id to name its brief after" : outcome.message);
    else {
      const unwritten = await write(join(outDir, file), outcome.json);
      if (unwritten === undefined) drafted++;
      else fail(entry, cannotWriteLine(join(options.outDir, file), unwritten));
    }
    progress.advance(entry.label);
  };

  // A few articles ahead of the threads, so that none waits while the next file is read, and no
  // more, so that an archive of any size is held a few articles at a time.
  const running = new Set<Promise<void>>();
  try {
    let next = 0;
    for await (const article of archive.read(plan.planned.map(({ entry }) => entry))) {
      const planned = plan.planned[next++] as Planned;
      const task = (article.ok ? drafter.draft(article.article) : Promise.resolve<Outcome>(article)).then((outcome) => finish(planned, outcome));
      running.add(task);
      const settled = (): boolean => running.delete(task);
      task.then(settled, settled);
      if (running.size >= options.jobs * 2) await Promise.race(running);
    }
    await Promise.all(running);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    await Promise.allSettled(running);
    progress.clear();
    io.stderr.write(`${fileLine(options.input, error.message)}\n`);
    return ExitCode.failed;
  } finally {
    await drafter.close();
    progress.clear();
  }

  io.stderr.write(`${summary({ ...plan, drafted, failed, seconds: (performance.now() - started) / 1000 }, options.shard)}\n`);
  return failed > 0 ? ExitCode.failed : ExitCode.ok;
}

/** Written atomically: to a temporary file in the directory, then renamed into place. Undefined when written, or why not. */
async function write(path: string, json: string): Promise<string | undefined> {
  try {
    await (await openOutput(path)).write(json);
    return undefined;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    return error.message;
  }
}

interface Plan {
  /** The articles to draft, in the archive's order. */
  readonly planned: readonly Planned[];
  /** Articles in the archive, in this shard, and in this shard already drafted. */
  readonly total: number;
  readonly inThisShard: number;
  readonly done: number;
}

/**
 * The articles this run drafts, and the names of their briefs. Every article of the archive is
 * named, whichever shard runs, so that every shard gives an article the same name.
 */
async function planBatch(archive: Archive, outDir: string, options: BatchOptions): Promise<Plan> {
  const names = new OutputNames();
  const planned: Planned[] = [];
  let total = 0;
  let inThisShard = 0;
  let done = 0;
  for await (const entry of archive.list()) {
    total++;
    const file = entry.name === undefined ? undefined : names.assign(entry.name);
    if (options.shard && !inShard(file ?? `#${entry.index}`, options.shard)) continue;
    inThisShard++;
    if (file !== undefined && !options.force && (await exists(join(outDir, file)))) {
      done++;
      continue;
    }
    planned.push({ entry, file });
  }
  return { planned, total, inThisShard, done };
}

const exists = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    () => false,
  );

interface Tally extends Omit<Plan, "planned"> {
  readonly drafted: number;
  readonly failed: number;
  readonly seconds: number;
}

/** `drafted 190, skipped 8 already drafted, failed 2, in 12.4 s (15.3 articles/s); shard 0/4: 200 of 800 articles` */
function summary(tally: Tally, shard: Shard | undefined): string {
  const rate = tally.seconds > 0 ? tally.drafted / tally.seconds : 0;
  const counts = `drafted ${tally.drafted}, skipped ${tally.done} already drafted, failed ${tally.failed}, in ${tally.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`;
  const of = shard ? `; shard ${shard.index}/${shard.count}: ${tally.inThisShard} of ${count(tally.total, "article")}` : `; ${count(tally.total, "article")}`;
  return `${counts}${of}`;
}
