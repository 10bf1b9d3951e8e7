import { suggestLabels } from '@labelup/engine';
import { DatasetError, readDataset } from '../eval/dataset.js';
import { evaluateDataset, type DatasetReport } from '../eval/evaluate-dataset.js';
import { formatReport } from '../eval/format-report.js';

const usage = `Usage: labelup eval <dataset.jsonl>... [--json]

Runs the engine on keyphrase datasets ({"id","lang","title","text","keyphrases"} per line) and prints
micro/macro P/R/F1@5,@10 (stemmed exact match), ECE, precision above 0.7, docs/s, MB/s and peak RSS.
  --json                 print exactly one JSON object: {"datasets": {"<name>": {...}}}
  --no-document-kinds    leave out document-kind labels (post-mortem, how-to…): for sets whose gold drops them
  --space-vocabulary     give each page the labels of the set's other documents as the space vocabulary
                         (with their counts; its own labels left out), as in a space whose pages are labelled
`;

/** `labelup eval` — quality, calibration and speed of the engine on keyphrase datasets. */
export async function run(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const kinds = !argv.includes('--no-document-kinds');
  const vocabulary = argv.includes('--space-vocabulary');
  const unknown = argv.filter((a) => a.startsWith('-') && !['--json', '--no-document-kinds', '--space-vocabulary'].includes(a));
  const files = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  if (unknown.length > 0 || files.length === 0) {
    process.stderr.write(`${unknown.length > 0 ? `labelup eval: unknown option ${unknown[0]}\n` : ''}${usage}`);
    return 2;
  }
  const datasets: Record<string, DatasetReport> = {};
  for (const file of files) {
    try {
      const dataset = await readDataset(file);
      if (!json) process.stderr.write(`evaluating ${dataset.name} (${dataset.documents.length} docs)...\n`);
      datasets[dataset.name] = evaluateDataset(dataset, kinds ? suggestLabels : (page, options) => suggestLabels(page, { ...options, documentKinds: false }), undefined, vocabulary);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      process.stderr.write(`labelup eval: ${error.message}\n`);
      return 1;
    }
  }
  process.stdout.write(json ? `${JSON.stringify({ datasets })}\n` : formatReport(datasets));
  return 0;
}
