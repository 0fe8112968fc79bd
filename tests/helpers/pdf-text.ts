import {
	decodePDFRawStream,
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFName,
	PDFRawStream,
	type PDFObject
} from 'pdf-lib';

/**
 * What a PDF reader would extract: the text shown on each page, decoded through each font's
 * ToUnicode map the way copy-and-paste and screen readers do. Enough for pdf-lib's own output
 * (`/Font size Tf` then `<hex> Tj`); not a general PDF parser. Also lists each page's fonts by
 * their BaseFont name, so a test can see which font drew the text.
 */
export interface PdfText {
	pages: string[];
	fonts: string[];
}

function streamText(obj: PDFObject | undefined): string {
	if (!(obj instanceof PDFRawStream)) throw new Error('expected a stream');
	return Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
}

function utf16(hex: string): string {
	const bytes = Buffer.from(hex, 'hex');
	let out = '';
	for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
	return out;
}

/** ToUnicode CMap (bfchar and bfrange sections) → glyph code → text. */
function parseCmap(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, text] of (section[1] ?? '').matchAll(
			/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g
		)) {
			map.set(parseInt(code!, 16), utf16(text!));
		}
	}
	for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		const entries = (section[1] ?? '').matchAll(
			/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g
		);
		for (const [, from, to, start] of entries) {
			const first = parseInt(start!, 16);
			for (let c = parseInt(from!, 16); c <= parseInt(to!, 16); c++) {
				map.set(c, String.fromCodePoint(first + c - parseInt(from!, 16)));
			}
		}
	}
	return map;
}

function fontsOf(doc: PDFDocument, resources: PDFDict | undefined) {
	const fonts = new Map<string, { name: string; codes: Map<number, string> }>();
	const dict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
	for (const [key, ref] of dict?.entries() ?? []) {
		const font = doc.context.lookup(ref, PDFDict);
		const name = font.lookup(PDFName.of('BaseFont'))?.toString().replace(/^\//, '') ?? '';
		const toUnicode = font.lookup(PDFName.of('ToUnicode'));
		const codes = toUnicode ? parseCmap(streamText(toUnicode)) : new Map<number, string>();
		fonts.set(key.asString(), { name, codes });
	}
	return fonts;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
	const doc = await PDFDocument.load(bytes);
	const pages: string[] = [];
	const names = new Set<string>();
	for (const page of doc.getPages()) {
		const fonts = fontsOf(doc, page.node.Resources());
		for (const f of fonts.values()) names.add(f.name);
		const contents = page.node.Contents();
		const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
		const ops = streams.map((s) => streamText(doc.context.lookup(s))).join('\n');
		let font: { codes: Map<number, string> } | undefined;
		let text = '';
		for (const m of ops.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
			if (m[1] !== undefined) font = fonts.get(`/${m[1]}`);
			else if (m[2] !== undefined) {
				for (let i = 0; i < m[2].length; i += 4) {
					text += font?.codes.get(parseInt(m[2].slice(i, i + 4), 16)) ?? '\uFFFD';
				}
			}
		}
		pages.push(text);
	}
	return { pages, fonts: [...names] };
}
