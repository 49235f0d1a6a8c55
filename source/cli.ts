// Entry point: parses the command line and dispatches. Kept light: the explorer (Ink, React, yoga)
// is imported only when it is about to run.
import { parseArgs } from "node:util";
import { NotFoundError, UsageError } from "./cli/errors";
import { errorLine } from "./terminal/error-line";
import { glossaryListing, json, metricsListing, tocListing } from "./cli/listings";
import { version } from "../package.json";

const USAGE = `usage: court-report [command] [options]

commands:
  toc --json        the sections, in reading order, with their paragraphs
  metrics --json    every figure of the report with its source quote
  glossary --json   the 13 terms of 附件一 with pinyin and occurrences

options:
  -h, --help        show this help
  -v, --version     print the version`;

const listings: Record<string, () => unknown> = { toc: tocListing, metrics: metricsListing, glossary: glossaryListing };

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" }, json: { type: "boolean" } },
  });
  if (values.version) return void process.stdout.write(`${version}\n`);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const [command, ...rest] = positionals;
  if (command === undefined) return void process.stdout.write(`${USAGE}\n`);
  const listing = listings[command];
  if (!listing) throw new UsageError(`unknown command '${command}'`);
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
  if (!values.json) throw new UsageError(`'${command}' needs --json`);
  process.stdout.write(json(listing()));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  // errorLine: one sanitized line, so an argument like $'\x1b[2J' is never echoed as a control sequence.
  process.stderr.write(`${errorLine(error)}\n${usage ? `${USAGE}\n` : ""}`);
  process.exitCode = usage ? 2 : error instanceof NotFoundError ? error.exitCode : 1;
}
