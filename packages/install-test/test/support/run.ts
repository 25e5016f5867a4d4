import { execFile } from "node:child_process";

/**
 * The environment of a user's shell, not of an npm script in this workspace. Run from a
 * workspace, npm exports npm_config_local_prefix (the monorepo root) and friends: an `npm install`
 * that inherits them installs into the monorepo instead of the temp project. PATH loses every
 * node_modules/.bin so no tool of the monorepo stands in for the temp project's own; vitest's
 * NODE_ENV=test (and TEST, VITEST_*) would change what Vite builds.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST)/i.test(key)) continue;
    if (["INIT_CWD", "NODE_ENV", "NODE_OPTIONS", "TEST"].includes(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? "")
    .split(":")
    .filter((entry) => !/node_modules[/\\]\.bin/.test(entry))
    .join(":");
  return env;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to completion and returns its output; on failure, throws with the command, the
 * directory and the end of both streams, since the test's own message is all CI shows.
 */
export function run(command: string, args: readonly string[], cwd: string, timeoutMs = 180_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: userEnv(), maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) {
        const tail = (text: string): string => text.split("\n").slice(-40).join("\n");
        reject(new Error(`\`${command} ${args.join(" ")}\` in ${cwd} failed (${error.code ?? error.signal ?? error.message}).\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`));
        return;
      }
      resolve({ stdout, stderr });
    });
  });
}
