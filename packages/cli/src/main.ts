#!/usr/bin/env node
/**
 * `labelup` — a thin shell over the packages. Each command lives in `commands/<name>.ts` and exports
 * `run(argv: string[]): Promise<number>` returning the exit code.
 *
 * Exit codes: 0 success, 1 runtime failure, 2 usage error.
 */
const commands: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  suggest: () => import('./commands/suggest.js'),
  eval: () => import('./commands/eval.js'),
  serve: () => import('./commands/serve.js'),
  demo: () => import('./commands/demo.js'),
};

const usage = `Usage: labelup <command> [options]

Commands:
  suggest [file|-]        suggest labels for a page (--format, --title, --json, --max)
  eval <dataset.jsonl>... evaluate on keyphrase datasets (--json)
  serve                   run the service (--role web|worker|all)
  demo                    emulator + service + demo site (what \`npm start\` runs)
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(usage);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`labelup: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  const command = await load();
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`labelup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
