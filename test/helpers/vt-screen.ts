// A small VT100 screen for tests that need to know what a terminal would show after the bytes a
// program writes, without tmux: a grid of cells and a cursor. It knows what Ink and log-update send:
// printable text (Chinese two columns wide, ambiguous characters one), CR, LF (to the next line's start, as the tty's ONLCR
// makes it: Node keeps ONLCR on in raw mode; scrolls at the bottom), and the CSI sequences
// for cursor movement (A B C D E F G H), erase in line (K) and display (J), insert and delete line
// (L M: rows below the cursor move, blank rows come in, the cursor goes to the first column, as in xterm). Colours (m) and private
// modes (?…h / ?…l) are read and dropped. Anything else throws, so a test cannot pass by ignoring
// bytes it does not understand. As in xterm and tmux, a count of 0 moves as far as 1, and movement
// stops at the screen's edges. Text never wraps here: a line written past the last column throws,
// because where it lands differs between terminals (tests keep lines narrower than the screen).
//
//   const screen = new VtScreen(40, 12);
//   screen.write("a\nb\x1b[1A");
//   screen.lines();      // ["a", "b", "", …] with trailing blanks trimmed
//   screen.cursor;       // { row: 0, column: 1 }
import stringWidth from "string-width";

const CSI = /^\x1b\[([?]?)([0-9;]*)([A-Za-z])/;

export class VtScreen {
  private cells: string[][];
  readonly cursor = { row: 0, column: 0 };

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.cells = Array.from({ length: rows }, () => this.blankRow());
  }

  /** The screen's rows as text, trailing blanks trimmed. */
  lines(): string[] {
    return this.cells.map((row) => row.join("").trimEnd());
  }

  write(bytes: string): void {
    let i = 0;
    while (i < bytes.length) {
      const ch = bytes[i]!;
      if (ch === "\x1b") {
        const match = CSI.exec(bytes.slice(i));
        if (!match) throw new Error(`VtScreen: unknown escape ${JSON.stringify(bytes.slice(i, i + 8))}`);
        this.csi(match[1]!, match[2]!, match[3]!);
        i += match[0].length;
      } else if (ch === "\r") {
        this.cursor.column = 0;
        i++;
      } else if (ch === "\n") {
        this.cursor.column = 0;
        this.lineFeed();
        i++;
      } else {
        const code = bytes.codePointAt(i)!;
        const text = String.fromCodePoint(code);
        if (code < 0x20 || code === 0x7f) throw new Error(`VtScreen: control character ${JSON.stringify(text)}`);
        this.print(text);
        i += text.length;
      }
    }
  }

  private blankRow(): string[] {
    return Array.from({ length: this.columns }, () => " ");
  }

  private print(text: string): void {
    const columns = stringWidth(text);
    const { row, column } = this.cursor;
    if (column + columns > this.columns) throw new Error(`VtScreen: ${JSON.stringify(text)} past the last column`);
    const cells = this.cells[row]!;
    cells[column] = text;
    // The second column of a wide character holds nothing of its own.
    if (columns === 2) cells[column + 1] = "";
    this.cursor.column += columns;
  }

  private lineFeed(): void {
    if (this.cursor.row < this.rows - 1) this.cursor.row++;
    else this.cells = [...this.cells.slice(1), this.blankRow()];
  }

  private csi(privateMark: string, params: string, final: string): void {
    if (privateMark === "?") {
      if (final === "h" || final === "l") return;
      throw new Error(`VtScreen: unknown private sequence ?${params}${final}`);
    }
    if (final === "m") return;
    const n = Math.max(1, Number(params.split(";")[0] || 1));
    const clampRow = (r: number) => Math.min(this.rows - 1, Math.max(0, r));
    const clampColumn = (c: number) => Math.min(this.columns - 1, Math.max(0, c));
    switch (final) {
      case "A":
        this.cursor.row = clampRow(this.cursor.row - n);
        return;
      case "B":
        this.cursor.row = clampRow(this.cursor.row + n);
        return;
      case "C":
        this.cursor.column = clampColumn(this.cursor.column + n);
        return;
      case "D":
        this.cursor.column = clampColumn(this.cursor.column - n);
        return;
      case "E":
        this.cursor.row = clampRow(this.cursor.row + n);
        this.cursor.column = 0;
        return;
      case "F":
        this.cursor.row = clampRow(this.cursor.row - n);
        this.cursor.column = 0;
        return;
      case "G":
        this.cursor.column = clampColumn(n - 1);
        return;
      case "H": {
        const [r, c] = params.split(";");
        this.cursor.row = clampRow(Math.max(1, Number(r || 1)) - 1);
        this.cursor.column = clampColumn(Math.max(1, Number(c || 1)) - 1);
        return;
      }
      case "K":
        this.eraseInLine(Number(params || 0));
        return;
      case "J":
        this.eraseInDisplay(Number(params || 0));
        return;
      case "L": {
        const { row } = this.cursor;
        const added = Array.from({ length: Math.min(n, this.rows - row) }, () => this.blankRow());
        this.cells = [...this.cells.slice(0, row), ...added, ...this.cells.slice(row)].slice(0, this.rows);
        this.cursor.column = 0;
        return;
      }
      case "M": {
        const { row } = this.cursor;
        const kept = [...this.cells.slice(0, row), ...this.cells.slice(row + n)];
        this.cells = [...kept, ...Array.from({ length: this.rows - kept.length }, () => this.blankRow())];
        this.cursor.column = 0;
        return;
      }
      default:
        throw new Error(`VtScreen: unknown sequence CSI ${params}${final}`);
    }
  }

  private eraseInLine(mode: number): void {
    const row = this.cells[this.cursor.row]!;
    const [from, to] =
      mode === 0 ? [this.cursor.column, this.columns] : mode === 1 ? [0, this.cursor.column + 1] : [0, this.columns];
    for (let c = from; c < to; c++) row[c] = " ";
  }

  private eraseInDisplay(mode: number): void {
    const { row } = this.cursor;
    if (mode === 0) {
      this.eraseInLine(0);
      for (let r = row + 1; r < this.rows; r++) this.cells[r] = this.blankRow();
    } else if (mode === 1) {
      this.eraseInLine(1);
      for (let r = 0; r < row; r++) this.cells[r] = this.blankRow();
    } else {
      // 2 erases the screen, 3 the scrollback (which this screen has not got): both leave a blank screen.
      this.cells = Array.from({ length: this.rows }, () => this.blankRow());
    }
  }
}

/** A terminal stream that is the screen: what Ink writes lands on it (and in `written`, when given). */
export function screenStream(screen: VtScreen, written?: string[]): NodeJS.WriteStream {
  return {
    isTTY: true,
    columns: screen.columns,
    rows: screen.rows,
    write: (chunk: string) => {
      written?.push(chunk);
      screen.write(chunk);
      return true;
    },
    on: () => {},
    off: () => {},
    removeListener: () => {},
  } as unknown as NodeJS.WriteStream;
}
