/**
 * The Forge app's logger: JSON lines on the console (Forge collects `console` output as the app's
 * logs). Same discipline as the Connect service: ids, codes, counts and durations only — callers
 * never pass page text, titles, labels or account ids, and the site appears only as a hash.
 */
import type { JobLogger } from '@labelup/core';

/** Where lines go (default `console.log`); tests pass a collector. */
export type LogSink = (line: string) => void;

/** A logger whose lines carry `bindings`. */
export function createForgeLogger(sink: LogSink = (line) => console.log(line), bindings: Record<string, unknown> = { app: 'labelup-forge' }): JobLogger {
  const write = (level: 'info' | 'warn', fields: Record<string, unknown>, message: string) =>
    sink(JSON.stringify({ level, time: new Date().toISOString(), ...bindings, ...fields, msg: message }));
  return {
    child: (more) => createForgeLogger(sink, { ...bindings, ...more }),
    info: (fields, message) => write('info', fields, message),
    warn: (fields, message) => write('warn', fields, message),
  };
}
