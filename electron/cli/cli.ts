import { runBench } from '../bench/bench';
import { runDiff } from './diff-command';
import { runExtract } from './extract-command';
import { runReport } from './report-command';
import { runServe } from './serve-command';
import { runStart } from './start-command';

const USAGE = `Usage: factdesk <command> [options]

Commands:
  start   [--folder DIR] [--data DIR]              open the Electron window (browser mode where Electron cannot run)
  serve   --folder DIR [--port N] [--data DIR]     serve the workstation in a browser on 127.0.0.1
  extract --json [--date YYYY-MM-DD] [--lang pl|en] PATH...   print claims as one JSON document
  diff    --json OLD NEW                           print word-level hunks and claim changes
  report  --folder DIR --format md|html|csv|json|claimreview [--status S,...] [--lang pl|en] [--out FILE]
  bench   [--sizes 100,1000,10000] [--quick]       measure ingest, latency, writes, extraction, diff (JSON)
`;

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (argv: string[]) => Promise<number>> = {
  start: runStart,
  serve: runServe,
  extract: runExtract,
  diff: runDiff,
  report: runReport,
  bench: runBench,
};

if (!command || command === '--help' || command === '-h' || !commands[command]) {
  process.stderr.write(command && !commands[command] ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
  process.exitCode = command && command !== '--help' && command !== '-h' ? 2 : 0;
} else {
  try {
    process.exitCode = await commands[command](rest);
  } catch (err) {
    process.stderr.write(`factdesk ${command}: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
