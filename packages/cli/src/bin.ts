#!/usr/bin/env node
import { main } from "./cli/main.js";
import { nodeIo } from "./cli/node-io.js";

// The exit code is set, not forced with process.exit, so that output still being flushed to a
// pipe reaches the reader.
process.exitCode = await main(process.argv.slice(2), nodeIo());
