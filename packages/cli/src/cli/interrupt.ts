/**
 * Work that the signals ending a run stop through an AbortSignal, so that it ends as it chooses
 * (a request to a language model cancelled, a line saying so) before the process dies of the
 * signal. Process-wide, as those signals are; see node-io.ts.
 */
const pending = new Map<AbortController, Promise<void>>();

export interface Interruptible {
  /** Aborted, with the signal's name as its reason, when the run is interrupted. */
  readonly signal: AbortSignal;
  /** The work has stopped and said what it had to: the process may now die of the signal. */
  done(): void;
}

export function interruptible(): Interruptible {
  const controller = new AbortController();
  let settle = (): void => {};
  pending.set(controller, new Promise((resolve) => (settle = resolve)));
  return {
    signal: controller.signal,
    done() {
      pending.delete(controller);
      settle();
    },
  };
}

/**
 * Aborts the work in progress; resolves once all of it is done. Undefined when there is none, and
 * the process may die at once.
 */
export function interruptPending(signal: NodeJS.Signals): Promise<void> | undefined {
  if (pending.size === 0) return undefined;
  const stopping = [...pending];
  for (const [controller] of stopping) controller.abort(signal);
  return Promise.all(stopping.map(([, done]) => done)).then(() => undefined);
}
