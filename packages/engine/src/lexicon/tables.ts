/**
 * The shipped word tables, one JSON file a language (built by `scripts/build-lexicon-data.js`; provenance
 * and licence in `data/README.md`). Each holds two strings, not objects: a string costs its bytes, a parsed
 * object of 50,000 keys some megabytes; lookup structures are built per language on first use.
 */
import en from './data/en.json' with { type: 'json' };
import de from './data/de.json' with { type: 'json' };
import fr from './data/fr.json' with { type: 'json' };
import es from './data/es.json' with { type: 'json' };
import pt from './data/pt.json' with { type: 'json' };
import it from './data/it.json' with { type: 'json' };
import nl from './data/nl.json' with { type: 'json' };
import ru from './data/ru.json' with { type: 'json' };
import pl from './data/pl.json' with { type: 'json' };
import sv from './data/sv.json' with { type: 'json' };
import da from './data/da.json' with { type: 'json' };
import no from './data/no.json' with { type: 'json' };
import fi from './data/fi.json' with { type: 'json' };

/** The raw tables of one language. */
export interface RawTables {
  /** `form\tclass[\tlemma]` lines, sorted by form. */
  readonly pos: string;
  /** General-language words in frequency-rank order, one a line. */
  readonly freq: string;
}

export const RAW_TABLES: Readonly<Record<string, RawTables>> = { en, de, fr, es, pt, it, nl, ru, pl, sv, da, no, fi };
