/** Options of the standalone emulator. */
export interface MainOptions {
  port: number;
  host: string;
  seed: boolean;
  /** Forge app directories (`manifest.yml`) to install at start (`--forge-app DIR`, repeatable). */
  forgeApps: string[];
}

/** Parses `--port N`, `--host H`, `--no-seed`, `--forge-app DIR`; throws a readable Error on bad input. */
export function parseMainArgs(argv: string[]): MainOptions {
  const out: MainOptions = { port: 8090, host: '127.0.0.1', seed: true, forgeApps: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') {
      const raw = value();
      const port = Number(raw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${raw}`);
      out.port = port;
    } else if (arg === '--host') out.host = value();
    else if (arg === '--no-seed') out.seed = false;
    else if (arg === '--forge-app') out.forgeApps.push(value());
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return out;
}
