import { type ParseArgsConfig, parseArgs } from "node:util";

/** A mistake on the command line: reported in one line with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";

  /** `command` is whose --help the hint points at; undefined for the global usage. */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Every command takes --help. */
const helpOption = { help: { type: "boolean", short: "h" } } as const satisfies Options;

interface StrictConfig<O extends Options> {
  args: string[];
  options: typeof helpOption & O;
  strict: true;
  allowPositionals: true;
}

export type ParsedArgs<O extends Options> = ReturnType<typeof parseArgs<StrictConfig<O>>>;

/**
 * Parses a command's arguments strictly: an option the command does not know is a usage error
 * rather than something silently ignored.
 */
export function parseCommandArgs<const O extends Options>(command: string | undefined, args: readonly string[], options: O): ParsedArgs<O> {
  try {
    return parseArgs({ args: [...args], options: { ...helpOption, ...options }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(describeParseError(error), command);
  }
}

/** parseArgs's own messages run to two sentences of advice; one line naming the option is enough. */
function describeParseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  const long = /(--[\w-]+)/.exec(error.message)?.[1] ?? option;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option '${option}'`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && long) {
    if (error.message.includes("argument missing")) return `option '${long}' needs a value`;
    // `--retries -1`: the value looks like an option, so parseArgs will not take it as one.
    if (error.message.includes("ambiguous")) return `option '${long}' needs a value; one that starts with '-' is written ${long}=VALUE`;
    return `option '${long}' takes no value`;
  }
  return error.message;
}

/** Exactly one input file, for the commands that read one brief. */
export function oneInput(command: string, positionals: readonly string[]): string {
  const [input, ...extra] = positionals;
  if (input === undefined) throw new UsageError("missing <brief.json> (a file, or - for stdin)", command);
  if (extra.length > 0) throw new UsageError(`takes one brief file, got ${positionals.length}: ${positionals.join(" ")}`, command);
  noEmptyNames(command, positionals);
  return input;
}

/** An empty file name (`"$UNSET"`) would be read as the directory it is relative to, and reported under no name. */
export function noEmptyNames(command: string, files: readonly string[]): void {
  if (files.includes("")) throw new UsageError("a file name is empty (a file, or - for stdin)", command);
}
