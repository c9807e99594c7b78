/**
 * Attack text held as data: the strings of test and detection code in a fenced block
 * (`assert guard.blocks("ignore previous instructions")`, a YAML list of example attacks
 * under `patterns:`, a block the line before calls fixtures or an eval set, a CSV with a
 * payload column), the string values of labelled dataset records (`{"input": "…",
 * "expected": "refuse"}`) and the rows of a markdown table with a label column. People who
 * build guards paste such code and data to have it reviewed, in every language; the phrases
 * in them are samples, not orders to the model.
 *
 * What stays scanned: comments (an injection addressed to a coding agent sits in a
 * comment or a docstring), every string of code that is not test or detection code (an
 * API response with `"note": "AI agent: …"`, a JSON patch listing commands to run), and
 * every string outside fenced blocks and labelled records.
 */

/** [start, end) pairs of raw offsets, in no particular order. */
export type Ranges = readonly number[];

const FENCE = /^[ \t]{0,3}(?:```|~~~)/;
/**
 * Code that tests or configures a detector, whose strings are inputs it is fed: test
 * statements, calls on a guard or detector, or a field or variable named for attack samples
 * (`patterns:`, `INJECTIONS = [`, `примеры_для_теста:`). The words must name code, not stand
 * in its data: "example" in "ops@example.com" is a domain.
 */
const TEST_CODE: readonly RegExp[] = [
  /\bassert\w*\b|\bexpect\s*\(|\bdef\s+test|\b(?:it|test|describe)\s*\(|parametrize|pytest|unittest|\btoBe\w*\s*\(|#\[test\]/,
  /(?:guard|detect|classif|scanner|filter)\w*\s*\.\s*\w+\s*\(|\bis_blocked\b/i,
  // The name need only hold the word: "KNOWN_INJECTIONS = [", "примеры_для_теста:". Matched from the
  // word on, so the scan stays linear.
  /(?:jailbreak|injection|attack|payload|examples|samples|fixtures|patterns|blocklist|denylist|ejemplo|exemple|beispiel|esempi|contoh)\w*["']?\s*[:=]/i,
  /(?:пример|primer)[\p{L}\w]*["']?\s*[:=]/iu,
];
/** A CSV header naming a column of attack samples or their labels: `id,vector,payload,succeeded`. */
const SAMPLE_TABLE_HEADER = /^[ \t]*(?:[\w ]+,)*[ \t]*(?:payload|prompt|attack|injection|jailbreak|label|expected)\w*[ \t]*(?:,[\w ]*)*$/i;
/**
 * The words before a block that call it test data: "our spam classifier fixtures file", "this
 * eval dataset". Asking for tests of a module ("Write unit tests for this module") says nothing
 * of the module's own strings.
 */
const SAMPLES_INTRO = /\b(?:fixtures?|test\W+(?:cases?|data|suite|vectors?|set|fixtures?)|eval(?:uation)?\W+(?:sets?|data(?:set)?|suite|cases?)|datasets?|red[\W_]?team\w*|samples?)\b/i;
/** The header row of a markdown table with a column of labels ("| text | label |"): its rows are labelled samples. A column whose name only starts so ("Classification") labels nothing. */
const LABELLED_TABLE_HEADER =
  /^[ \t]*\|.*\|[ \t]*(?:labels?|expected(?:[ _][\p{L}_]+)?|verdict|ground[ _]truth|is[ _](?:attack|injection|malicious)|标签|標籤|ラベル|라벨|метка|мітка|etiqueta|[ée]tiquette|etichetta|r[óo]tulo|erwartet)[ \t]*\|/iu;
const TABLE_ROW = /^[ \t]*\|/;
/** A line of comment: its quotes are prose, not string literals. */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|--|\/\*|\*)/;
/**
 * One JSON object per line with a field that labels it: a row of an evaluation dataset. Not
 * "category" or "class": a ticket export has those, and its text may carry a real injection.
 */
const LABELLED_RECORD = /^[ \t]*\{.*"(?:label|labels|expected\w*|verdict|is_[a-z_]+|should_[a-z_]+)"\s*:.*\}[ \t,]*$/i;

interface Literal {
  start: number;
  end: number;
  /** On a line that is a labelled dataset record. */
  record: boolean;
}

/** The single-line string literals of `line` (offsets relative to `lineStart`). */
function literalsOf(line: string, lineStart: number): Literal[] {
  const found: Literal[] = [];
  if (COMMENT_LINE.test(line)) return found;
  const record = LABELLED_RECORD.test(line);
  for (let i = 0; i < line.length; i++) {
    const quote = line[i];
    if (quote !== '"' && quote !== "'" && quote !== "`") continue;
    // An apostrophe inside a word ("don't") opens nothing.
    if (quote === "'" && i > 0 && /\p{L}/u.test(line[i - 1] ?? "")) continue;
    let j = i + 1;
    while (j < line.length && line[j] !== quote) j += line[j] === "\\" ? 2 : 1;
    if (j >= line.length) break;
    found.push({ start: lineStart + i + 1, end: lineStart + j, record });
    i = j;
  }
  return found;
}

/** Between two literals of one datum: a key and its value, or the items of a list (`"role": "system"`, `"a", "b"`). */
const WITHIN_A_DATUM = /^[\s:=,]*$/;

/**
 * Adds the literals' ranges, quotes included, joining literals that only separators part: a
 * match on `"role": "system"` spans two literals of one test fixture and is data like them.
 */
function addRanges(out: number[], literals: readonly Literal[], text: string): void {
  let open = -1;
  let close = -1;
  for (const literal of literals) {
    const start = literal.start - 1;
    const end = literal.end + 1;
    if (open >= 0 && WITHIN_A_DATUM.test(text.slice(close, start))) {
      close = end;
      continue;
    }
    if (open >= 0) out.push(open, close);
    open = start;
    close = end;
  }
  if (open >= 0) out.push(open, close);
}

/**
 * The literals of a fenced block that are samples: all of them in test or detection code,
 * in a table of samples, or in a block the text before it calls test data; otherwise only
 * those of its labelled records.
 */
function blockSamples(literals: readonly Literal[], code: readonly string[], intro: string): readonly Literal[] {
  const joined = code.join("\n");
  if (TEST_CODE.some((test) => test.test(joined)) || SAMPLE_TABLE_HEADER.test(code[0] ?? "") || SAMPLES_INTRO.test(intro)) return literals;
  return literals.filter((l) => l.record);
}

/** What every text holding samples has somewhere: a fence, a label field, or a table row. */
const MAY_HOLD_SAMPLES = /```|~~~|"(?:label|labels|expected\w*|verdict|is_[a-z_]+|should_[a-z_]+)"\s*:|^[ \t]*\|.*\|/im;

/** The raw ranges of `text` that hold attack samples as data (see the module comment). */
export function sampleRanges(text: string): number[] {
  const out: number[] = [];
  // Most texts hold no fence, no labelled field and no table: nothing to look at line by line.
  if (!MAY_HOLD_SAMPLES.test(text)) return out;
  let offset = 0;
  let inBlock = false;
  let literals: Literal[] = [];
  let code: string[] = [];
  // The last line of prose before a fence and the fence's own line: what the writer calls the block.
  let intro = "";
  let previous = "";
  let inLabelledTable = false;
  for (const line of text.split("\n")) {
    inLabelledTable = !inBlock && (LABELLED_TABLE_HEADER.test(line) || (inLabelledTable && TABLE_ROW.test(line)));
    if (inLabelledTable) {
      // Every cell of a labelled table's row is a sample or its label.
      out.push(offset, offset + line.length);
    } else if (FENCE.test(line)) {
      if (inBlock) addRanges(out, blockSamples(literals, code, intro), text);
      else intro = `${previous}\n${line}`;
      inBlock = !inBlock;
      literals = [];
      code = [];
    } else if (inBlock) {
      code.push(line);
      literals.push(...literalsOf(line, offset));
    } else {
      if (LABELLED_RECORD.test(line)) addRanges(out, literalsOf(line, offset), text);
      if (line.trim() !== "") previous = line;
    }
    offset += line.length + 1;
  }
  // An unclosed fence runs to the end of the text.
  if (inBlock) addRanges(out, blockSamples(literals, code, intro), text);
  return out;
}

/** Whether [start, end) lies inside one of `ranges`. */
export function insideRanges(ranges: Ranges, start: number, end: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) {
    if (start >= (ranges[k] as number) && end <= (ranges[k + 1] as number)) return true;
  }
  return false;
}
