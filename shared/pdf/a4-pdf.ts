// Draws an A4 document (see a4-document.ts) as PDF with pdf-lib, set in DejaVu Sans. Loaded only when the first
// document is made: import renderA4Document from a4-document.ts rather than this file.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib';
import type { A4Document, DocumentBlock, TableColumn } from './a4-document';
import { documentFontFiles, type DocumentFontFiles } from './document-fonts';
import { firstUnprintable, printableText, UnprintableCharacterError } from './printable-text';
import { wrapText } from './text-wrap';

// A4 in points, as pdf-lib's PageSizes.A4.
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = { left: 56.7, right: 56.7, top: 45, bottom: 36 };
const CONTENT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
const LEFT = MARGIN.left;
const RIGHT = PAGE_WIDTH - MARGIN.right;

const INK = rgb(0.11, 0.12, 0.14);
const MUTED = rgb(0.37, 0.39, 0.43);
const ACCENT = rgb(0.06, 0.25, 0.45);
const RULE = rgb(0.8, 0.82, 0.86);
const HEAD_FILL = rgb(0.9, 0.93, 0.96);
const ZEBRA_FILL = rgb(0.965, 0.972, 0.982);

type FontName = 'regular' | 'bold' | 'italic';

interface TextStyle {
  font: FontName;
  size: number;
  leading: number;
  color: Color;
}

const STYLES = {
  body: { font: 'regular', size: 10, leading: 14, color: INK },
  bold: { font: 'bold', size: 10, leading: 14, color: INK },
  italic: { font: 'italic', size: 10, leading: 14, color: INK },
  small: { font: 'regular', size: 8.5, leading: 11.5, color: MUTED },
  title: { font: 'bold', size: 17, leading: 22, color: INK },
  heading1: { font: 'bold', size: 12.5, leading: 17, color: ACCENT },
  heading2: { font: 'bold', size: 10.5, leading: 15, color: INK },
  cell: { font: 'regular', size: 9, leading: 12, color: INK },
  cellHead: { font: 'bold', size: 9, leading: 12, color: INK },
  key: { font: 'bold', size: 9, leading: 12, color: MUTED },
  company: { font: 'bold', size: 15, leading: 19, color: ACCENT },
  companyLine: { font: 'regular', size: 8.5, leading: 11, color: MUTED },
  running: { font: 'regular', size: 8, leading: 10.5, color: MUTED },
  runningBold: { font: 'bold', size: 8, leading: 10.5, color: MUTED },
  footer: { font: 'regular', size: 8, leading: 10.5, color: MUTED },
} satisfies Record<string, TextStyle>;

const CELL_PAD_X = 5;
const CELL_PAD_Y = 3.5;
const MIN_CELL_TEXT_WIDTH = 14;
const PARAGRAPH_GAP = 7;
const BLOCK_GAP = 9;

/**
 * Each style's font is embedded as a subset (only the glyphs used) under a fixed subset name, so the same input
 * gives the same bytes; ligatures and other substitutions are off so each character is one glyph and copies out
 * as typed.
 */
const EMBEDDING = {
  regular: 'CDSKRG+DejaVuSans',
  bold: 'CDSKBD+DejaVuSans-Bold',
  italic: 'CDSKIT+DejaVuSans-Oblique',
} satisfies Record<FontName, string>;
const NO_SUBSTITUTIONS = { liga: false, clig: false, dlig: false, calt: false, rlig: false, kern: false };

/** Sums glyph widths without kerning, because pdf-lib draws text without kerning although its own measure kerns. */
class FontMetrics {
  readonly #widths = new Map<string, number>();
  readonly #characters: Set<number>;
  constructor(readonly font: PDFFont) {
    this.#characters = new Set(font.getCharacterSet());
  }

  has(codePoint: number): boolean {
    return this.#characters.has(codePoint);
  }

  width(text: string, size: number): number {
    let total = 0;
    for (const char of text) {
      let width = this.#widths.get(char);
      if (width === undefined) {
        width = this.font.widthOfTextAtSize(char, 1000);
        this.#widths.set(char, width);
      }
      total += width;
    }
    return (total * size) / 1000;
  }
}

/** Renders the document to PDF bytes; see renderA4Document. */
export async function writeA4Pdf(document: A4Document): Promise<Uint8Array> {
  // updateMetadata: false keeps pdf-lib from stamping the current time, so output depends only on the input.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const files: DocumentFontFiles = await documentFontFiles();
  const embed = (name: FontName) => pdf.embedFont(files[name], { subset: true, customName: EMBEDDING[name], features: NO_SUBSTITUTIONS });
  const [regular, bold, italic] = await Promise.all([embed('regular'), embed('bold'), embed('italic')]);
  const fonts: Record<FontName, FontMetrics> = { regular: new FontMetrics(regular), bold: new FontMetrics(bold), italic: new FontMetrics(italic) };
  setInfo(pdf, document);
  const layout = new PageFlow(pdf, fonts, document);
  layout.start();
  for (const block of document.blocks) layout.block(block);
  layout.drawFooters();
  return pdf.save();
}

function setInfo(pdf: PDFDocument, document: A4Document): void {
  const { info } = document;
  pdf.setTitle(document.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info?.author ?? document.header.companyName);
  if (info?.subject) pdf.setSubject(info.subject);
  if (info?.keywords?.length) pdf.setKeywords([...info.keywords]);
  pdf.setCreator('Complaints Desk');
  pdf.setProducer('Complaints Desk (pdf-lib)');
  pdf.setLanguage('en-GB');
  if (info?.createdAt) {
    pdf.setCreationDate(info.createdAt);
    pdf.setModificationDate(info.createdAt);
  }
}

/** Places blocks top to bottom, starting a new page whenever the next line would cross into the footer. */
class PageFlow {
  readonly #pages: PDFPage[] = [];
  #page: PDFPage | undefined;
  /** Top of the next line, in PDF coordinates (0 at the bottom of the page). */
  #y = 0;
  #pageTop = 0;
  readonly #footerLines: string[];
  readonly #bottom: number;

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Record<FontName, FontMetrics>,
    readonly document: A4Document,
  ) {
    const pageNumberWidth = this.#measure(STYLES.footer, 'Page 9999 of 9999');
    this.#footerLines = document.footer ? this.#wrap(document.footer, STYLES.footer, CONTENT_WIDTH - pageNumberWidth - 16) : [];
    const footerHeight = Math.max(1, this.#footerLines.length) * STYLES.footer.leading;
    this.#bottom = MARGIN.bottom + footerHeight + 16;
  }

  start(): void {
    this.#newPage();
    if (this.document.showTitle === false) return;
    this.#flowLines(this.#wrap(this.document.title, STYLES.title, CONTENT_WIDTH), STYLES.title);
    this.#y -= 8;
  }

  block(block: DocumentBlock): void {
    switch (block.type) {
      case 'heading':
        return this.#heading(block.text, block.level ?? 1);
      case 'paragraph': {
        const style = STYLES[block.style ?? 'body'];
        this.#flowLines(this.#wrap(block.text, style, CONTENT_WIDTH), style, block.align);
        this.#y -= PARAGRAPH_GAP;
        return;
      }
      case 'bullets':
        return this.#bullets(block.items, block.numbered ?? false);
      case 'keyValue':
        return this.#grid({
          widths: [0.32, 0.68].map((share) => share * CONTENT_WIDTH),
          rows: block.rows.map((row) => [row.key, row.value]),
          styles: [STYLES.key, STYLES.cell],
          aligns: ['left', 'left'],
        });
      case 'table':
        return this.#table(block.columns, block.rows);
      case 'spacer':
        this.#y -= block.height ?? 12;
        if (this.#y < this.#bottom) this.#newPage();
        return;
      case 'pageBreak':
        if (this.#y < this.#pageTop) this.#newPage();
        return;
    }
  }

  drawFooters(): void {
    const total = this.#pages.length;
    const ruleY = this.#bottom - 10;
    this.#pages.forEach((page, index) => {
      page.drawLine({ start: { x: LEFT, y: ruleY }, end: { x: RIGHT, y: ruleY }, thickness: 0.5, color: RULE });
      const top = ruleY - 4;
      this.#footerLines.forEach((line, i) => this.#text(page, line, LEFT, top - i * STYLES.footer.leading, STYLES.footer));
      const pageNumber = `Page ${index + 1} of ${total}`;
      this.#text(page, pageNumber, RIGHT - this.#measure(STYLES.footer, pageNumber), top, STYLES.footer);
    });
  }

  // -- blocks -----------------------------------------------------------------------------------------------------

  #heading(text: string, level: 1 | 2): void {
    const style = level === 1 ? STYLES.heading1 : STYLES.heading2;
    const lines = this.#wrap(text, style, CONTENT_WIDTH);
    if (this.#y < this.#pageTop) this.#y -= level === 1 ? 8 : 4;
    const ruleGap = level === 1 ? 5 : 0;
    // Keep a heading with at least two lines of what follows it.
    this.#ensure(lines.length * style.leading + ruleGap + 2 * STYLES.body.leading);
    this.#flowLines(lines, style);
    if (level === 1) {
      this.#page?.drawLine({ start: { x: LEFT, y: this.#y - 1 }, end: { x: RIGHT, y: this.#y - 1 }, thickness: 0.6, color: RULE });
      this.#y -= ruleGap;
    }
    this.#y -= 3;
  }

  #bullets(items: readonly string[], numbered: boolean): void {
    const style = STYLES.body;
    const markerWidth = numbered ? this.#measure(style, `${items.length}.`) + 6 : 12;
    const indent = 6 + markerWidth;
    items.forEach((item, index) => {
      const lines = this.#wrap(item, style, CONTENT_WIDTH - indent);
      const marker = numbered ? `${index + 1}.` : '\u2022';
      // The marker is drawn with the item's first line, on whichever page that line lands.
      this.#flowLines(lines, style, 'left', indent, (page, top) =>
        this.#text(page, marker, LEFT + indent - 6 - this.#measure(style, marker), top, style),
      );
      this.#y -= 2.5;
    });
    this.#y -= PARAGRAPH_GAP - 2.5;
  }

  #table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
    if (columns.length === 0) throw new Error('A table needs at least one column');
    rows.forEach((row, i) => {
      if (row.length !== columns.length) throw new Error(`Table row ${i + 1} has ${row.length} cells but the table has ${columns.length} columns`);
    });
    const shares = columns.map((column) => column.width ?? 1);
    const totalShare = shares.reduce((sum, share) => sum + share, 0);
    const widths = shares.map((share) => (share / totalShare) * CONTENT_WIDTH);
    // Narrower than this, a cell cannot hold a wide letter and text would spill into the next column.
    const narrowest = widths.findIndex((width) => !(width - 2 * CELL_PAD_X >= MIN_CELL_TEXT_WIDTH));
    if (narrowest !== -1) throw new Error(`Table column ${narrowest + 1} is too narrow to print: give it a larger width or use fewer columns`);
    this.#grid({
      widths,
      head: columns.map((column) => column.title),
      rows,
      styles: columns.map(() => STYLES.cell),
      aligns: columns.map((column) => column.align ?? 'left'),
    });
  }

  /**
   * A grid of wrapped cells. A row moves to the next page whole when it fits there; a row taller than a page is
   * split line by line. The heading row is repeated at the top of each page the grid continues on.
   */
  #grid(spec: { widths: number[]; head?: readonly string[]; rows: readonly (readonly string[])[]; styles: TextStyle[]; aligns: ('left' | 'right')[] }): void {
    const cellStyle = (i: number) => spec.styles[i] ?? STYLES.cell;
    const wrapRow = (row: readonly string[], style?: TextStyle) =>
      row.map((cell, i) => this.#wrap(cell, style ?? cellStyle(i), (spec.widths[i] ?? 0) - 2 * CELL_PAD_X));
    const leading = Math.max(...spec.styles.map((style) => style.leading));
    const head = spec.head && wrapRow(spec.head, STYLES.cellHead);
    const headHeight = head ? rowHeight(head, STYLES.cellHead.leading) : 0;
    const drawHead = () => {
      if (head) this.#rowPart(head, spec, () => STYLES.cellHead, STYLES.cellHead.leading, HEAD_FILL);
      else this.#rule(this.#y, RULE);
    };
    // Never leave a heading row alone at the foot of a page: it needs two lines of the first row under it.
    this.#ensure(headHeight + 2 * CELL_PAD_Y + 2 * leading);
    drawHead();
    spec.rows.forEach((row, index) => {
      let cells = wrapRow(row);
      const fill = index % 2 === 1 ? ZEBRA_FILL : undefined;
      for (;;) {
        const needed = rowHeight(cells, leading);
        if (needed <= this.#available) {
          this.#rowPart(cells, spec, cellStyle, leading, fill);
          return;
        }
        const freshRoom = this.#freshPageRoom - headHeight;
        const roomForLines = Math.floor((this.#available - 2 * CELL_PAD_Y) / leading);
        if (needed > freshRoom && roomForLines >= 2) {
          this.#rowPart(cells.map((lines) => lines.slice(0, roomForLines)), spec, cellStyle, leading, fill);
          cells = cells.map((lines) => lines.slice(roomForLines));
        }
        this.#newPage();
        drawHead();
      }
    });
    this.#y -= BLOCK_GAP;
  }

  #rowPart(
    cells: string[][],
    spec: { widths: number[]; aligns: ('left' | 'right')[] },
    styleOf: (column: number) => TextStyle,
    leading: number,
    fill: Color | undefined,
  ): void {
    const page = this.#currentPage();
    const height = rowHeight(cells, leading);
    if (fill) page.drawRectangle({ x: LEFT, y: this.#y - height, width: CONTENT_WIDTH, height, color: fill });
    let x = LEFT;
    cells.forEach((lines, column) => {
      const width = spec.widths[column] ?? 0;
      const style = styleOf(column);
      lines.forEach((line, i) => {
        const lineX = spec.aligns[column] === 'right' ? x + width - CELL_PAD_X - this.#measure(style, line) : x + CELL_PAD_X;
        this.#text(page, line, lineX, this.#y - CELL_PAD_Y - i * leading, { ...style, leading });
      });
      x += width;
    });
    this.#y -= height;
    this.#rule(this.#y, RULE);
  }

  // -- lines and pages --------------------------------------------------------------------------------------------

  /**
   * Draws lines one under another, moving to a new page between lines as needed; never leaves a single line of a
   * longer paragraph alone at the foot of a page.
   */
  #flowLines(
    lines: readonly string[],
    style: TextStyle,
    align: 'left' | 'right' = 'left',
    indent = 0,
    onFirstLine?: (page: PDFPage, top: number) => void,
  ): void {
    if (lines.length > 1 && this.#available < 2 * style.leading) this.#newPage();
    lines.forEach((line, i) => {
      this.#ensure(style.leading);
      const page = this.#currentPage();
      const x = align === 'right' ? RIGHT - this.#measure(style, line) : LEFT + indent;
      this.#text(page, line, x, this.#y, style);
      if (i === 0) onFirstLine?.(page, this.#y);
      this.#y -= style.leading;
    });
  }

  #ensure(height: number): void {
    if (height > this.#available && this.#y < this.#pageTop) this.#newPage();
  }

  get #available(): number {
    return this.#y - this.#bottom;
  }

  /** Room for content on a continuation page, below its running header. */
  get #freshPageRoom(): number {
    return this.#pages.length > 1 ? this.#pageTop - this.#bottom : this.#continuationTop() - this.#bottom;
  }

  #currentPage(): PDFPage {
    if (!this.#page) throw new Error('PageFlow used before start()');
    return this.#page;
  }

  #newPage(): void {
    const page = this.pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.#pages.push(page);
    this.#page = page;
    this.#y = this.#pages.length === 1 ? this.#letterhead(page) : this.#runningHeader(page);
    this.#pageTop = this.#y;
  }

  /** Company name on the left, its address and contact lines on the right, then a rule. Returns where content starts. */
  #letterhead(page: PDFPage): number {
    const top = PAGE_HEIGHT - MARGIN.top;
    const leftWidth = CONTENT_WIDTH * 0.55;
    const rightWidth = CONTENT_WIDTH - leftWidth - 12;
    const name = this.#wrap(this.document.header.companyName, STYLES.company, leftWidth);
    name.forEach((line, i) => this.#text(page, line, LEFT, top - i * STYLES.company.leading, STYLES.company));
    const details = this.document.header.lines.flatMap((line) => this.#wrap(line, STYLES.companyLine, rightWidth));
    details.forEach((line, i) =>
      this.#text(page, line, RIGHT - this.#measure(STYLES.companyLine, line), top - i * STYLES.companyLine.leading, STYLES.companyLine),
    );
    const height = Math.max(name.length * STYLES.company.leading, details.length * STYLES.companyLine.leading);
    const ruleY = top - height - 8;
    page.drawLine({ start: { x: LEFT, y: ruleY }, end: { x: RIGHT, y: ruleY }, thickness: 1.2, color: ACCENT });
    return ruleY - 20;
  }

  #runningHeader(page: PDFPage): number {
    const { left, right, height } = this.#runningHeaderLines();
    const top = PAGE_HEIGHT - MARGIN.top;
    left.forEach((line, i) => this.#text(page, line, LEFT, top - i * STYLES.running.leading, STYLES.runningBold));
    right.forEach((line, i) => this.#text(page, line, RIGHT - this.#measure(STYLES.running, line), top - i * STYLES.running.leading, STYLES.running));
    const ruleY = top - height - 5;
    page.drawLine({ start: { x: LEFT, y: ruleY }, end: { x: RIGHT, y: ruleY }, thickness: 0.5, color: RULE });
    return ruleY - 16;
  }

  #runningHeaderLines(): { left: string[]; right: string[]; height: number } {
    const leftWidth = CONTENT_WIDTH * 0.4;
    const left = this.#wrap(this.document.header.companyName, STYLES.runningBold, leftWidth);
    const right = this.#wrap(this.document.title, STYLES.running, CONTENT_WIDTH - leftWidth - 12);
    return { left, right, height: Math.max(left.length, right.length) * STYLES.running.leading };
  }

  #continuationTop(): number {
    return PAGE_HEIGHT - MARGIN.top - this.#runningHeaderLines().height - 5 - 16;
  }

  #rule(y: number, color: Color): void {
    this.#currentPage().drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 0.4, color });
  }

  /** Draws one line whose box starts at `top`, with the glyphs centred in the line's leading. */
  #text(page: PDFPage, line: string, x: number, top: number, style: TextStyle): void {
    if (!line) return;
    const baseline = top - style.leading / 2 - 0.2555 * style.size;
    page.drawText(line, { x, y: baseline, size: style.size, font: this.fonts[style.font].font, color: style.color });
  }

  #wrap(text: string, style: TextStyle, width: number): string[] {
    const metrics = this.fonts[style.font];
    const printable = printableText(text);
    const missing = firstUnprintable(printable, (codePoint) => metrics.has(codePoint));
    if (missing) throw new UnprintableCharacterError(missing.character, missing.context);
    return wrapText(printable, width, (piece) => metrics.width(piece, style.size));
  }

  #measure(style: TextStyle, text: string): number {
    return this.fonts[style.font].width(text, style.size);
  }
}

function rowHeight(cells: readonly (readonly string[])[], leading: number): number {
  return 2 * CELL_PAD_Y + Math.max(1, ...cells.map((lines) => lines.length)) * leading;
}
