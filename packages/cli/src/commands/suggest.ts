/** `labelup suggest` — not built yet (see the issue that owns it). */
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('labelup suggest: not available yet\n');
  return 1;
}
