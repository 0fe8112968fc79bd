import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import subsetFont from 'subset-font';
import { fontBytes, sliceFor, type FontFile } from './cjk-font';

/** A4 in PDF points, and the margin every page keeps. */
export const A4: [number, number] = [595, 842];
export const MARGIN = 50;

type Font = ReturnType<typeof fontkit.create>;

interface Run {
	file: FontFile;
	text: string;
}

interface Drawing {
	page: PDFPage;
	runs: Run[];
	x: number;
	y: number;
	size: number;
}

const measuring = new Map<FontFile, Promise<Font>>();
let mainCharacters: Set<number> | undefined;

/** The whole font, parsed once per process, for measuring text; never embedded. */
function measuringFont(file: FontFile): Promise<Font> {
	let font = measuring.get(file);
	if (!font) {
		font = fontBytes(file).then((bytes) => fontkit.create(bytes));
		font.catch(() => measuring.delete(file));
		measuring.set(file, font);
	}
	return font;
}

/**
 * Draws text in Noto Sans SC, whatever the language. Each string is split into runs by the font
 * file that has its glyphs (cjk-font.ts); drawings are recorded and only placed on the pages when
 * the document is saved, once it is known which characters each file must provide. Each file is
 * then cut down to those characters with harfbuzz (hb-subset) and embedded whole: pdf-lib's own
 * subsetter loses glyphs of this font. A character no file covers is drawn as '?'.
 */
export class PdfWriter {
	private readonly drawings: Drawing[] = [];

	private constructor(readonly doc: PDFDocument) {}

	static async create(title: string): Promise<PdfWriter> {
		const doc = await PDFDocument.create();
		doc.registerFontkit(fontkit);
		doc.setTitle(title);
		doc.setCreator('Linli');
		doc.setProducer('Linli');
		mainCharacters ??= new Set((await measuringFont('main')).characterSet);
		return new PdfWriter(doc);
	}

	/** `text` cut into runs of one font file each; control characters become spaces. */
	private async runs(text: string): Promise<Run[]> {
		const runs: Run[] = [];
		for (const original of text) {
			const control = (original.codePointAt(0) ?? 0) < 0x20 || original === '\u007f';
			const ch = control ? ' ' : original;
			const codePoint = ch.codePointAt(0) ?? 0;
			const found = mainCharacters?.has(codePoint) ? 'main' : await sliceFor(codePoint);
			const file = found ?? 'main';
			const glyph = found ? ch : '?';
			const last = runs.at(-1);
			if (last && last.file === file) last.text += glyph;
			else runs.push({ file, text: glyph });
		}
		return runs;
	}

	private async runsWidth(runs: readonly Run[], size: number): Promise<number> {
		let total = 0;
		for (const run of runs) {
			const font = await measuringFont(run.file);
			// Plain character-to-glyph widths, as drawn: the embedded subsets keep no alternate glyphs
			// for ligatures or contextual forms to switch to.
			let units = 0;
			for (const glyph of font.glyphsForString(run.text)) units += glyph.advanceWidth;
			total += (units / font.unitsPerEm) * size;
		}
		return total;
	}

	async width(text: string, size: number): Promise<number> {
		return this.runsWidth(await this.runs(text), size);
	}

	/** The longest start of `text` that fits in `maxWidth`, with '…' when something was cut. */
	async fit(text: string, size: number, maxWidth: number): Promise<string> {
		if ((await this.width(text, size)) <= maxWidth) return text;
		const chars = [...text];
		while (chars.length > 0 && (await this.width(`${chars.join('')}…`, size)) > maxWidth) {
			chars.pop();
		}
		return `${chars.join('')}…`;
	}

	/** Records `text` at (x, y); returns its width. */
	async draw(page: PDFPage, text: string, x: number, y: number, size: number): Promise<number> {
		const runs = await this.runs(text);
		this.drawings.push({ page, runs, x, y, size });
		return this.runsWidth(runs, size);
	}

	private async embedSubsets(): Promise<Map<FontFile, PDFFont>> {
		const wanted = new Map<FontFile, Set<string>>();
		for (const d of this.drawings) {
			for (const run of d.runs) {
				const chars = wanted.get(run.file) ?? new Set<string>();
				for (const ch of run.text) chars.add(ch);
				wanted.set(run.file, chars);
			}
		}
		const fonts = new Map<FontFile, PDFFont>();
		for (const [file, chars] of wanted) {
			const whole = Buffer.from(await fontBytes(file));
			// Without the layout closure harfbuzz keeps no alternates (numerator digits, ligatures):
			// every glyph drawn is then the plain one that the ToUnicode map can name, so the text
			// copies and reads aloud correctly.
			const subset = await subsetFont(whole, [...chars].join(''), {
				targetFormat: 'truetype',
				noLayoutClosure: true
			});
			fonts.set(file, await this.doc.embedFont(subset, { subset: false }));
		}
		return fonts;
	}

	async save(): Promise<Uint8Array> {
		const fonts = await this.embedSubsets();
		for (const d of this.drawings) {
			let x = d.x;
			for (const run of d.runs) {
				const font = fonts.get(run.file);
				if (!font) throw new Error(`font ${run.file} was not embedded`);
				d.page.drawText(run.text, { x, y: d.y, size: d.size, font, color: rgb(0, 0, 0) });
				x += font.widthOfTextAtSize(run.text, d.size);
			}
		}
		return this.doc.save();
	}
}
