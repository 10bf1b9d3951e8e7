const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/**
 * Cuts Markdown into pieces of about `maxChunkChars` at blank lines outside fenced code, so that a
 * parser that is superlinear on pathological inline syntax (markdown-it takes seconds on 1 MB of
 * `[[[[` or `*a **b`) only ever sees bounded pieces. A paragraph longer than the limit is cut at a
 * line break or space (inside a fenced code block, the fence is reopened). What a cut loses (a reference definition used in another piece, a loose list
 * split in two) changes no words.
 */
export function* markdownChunks(source: string, maxChunkChars: number): Generator<string> {
  let start = 0;
  let lastBlank = -1;
  let fence: string | undefined;
  let lineStart = 0;
  let prefix = '';
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, Math.min(lineEnd, lineStart + 16));
    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined) {
      if (fence === undefined) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence)) fence = undefined;
    } else if (fence === undefined && line.trim().length === 0 && lineEnd - lineStart < 16) {
      lastBlank = lineEnd;
    }
    if (lineEnd - start >= maxChunkChars) {
      let cut = lastBlank > start ? lastBlank : forcedCut(source, start, maxChunkChars);
      if (cut <= start) cut = Math.min(source.length, start + maxChunkChars);
      yield prefix + source.slice(start, cut);
      // A cut inside a fenced code block reopens the fence, so the rest of the code stays code.
      prefix = fence === undefined ? '' : `${fence}\n`;
      start = cut;
      lastBlank = -1;
      lineStart = cut;
      continue;
    }
    lineStart = lineEnd + 1;
  }
  if (start < source.length) yield prefix + source.slice(start);
}

/** A cut inside an over-long block: the last line break, else the last space, before the limit. */
function forcedCut(source: string, start: number, maxChunkChars: number): number {
  const end = start + maxChunkChars;
  const newline = source.lastIndexOf('\n', end);
  if (newline > start) return newline;
  const space = source.lastIndexOf(' ', end);
  return space > start ? space : end;
}
