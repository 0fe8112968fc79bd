import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { woffToSfnt } from './woff';

/**
 * Where the Chinese glyphs of our PDFs come from: Noto Sans SC (SIL Open Font License) as the
 * @fontsource/noto-sans-sc package ships it. Its "chinese-simplified" file holds about 8,000
 * characters (common Chinese, ASCII, full-width punctuation, ¥), enough for nearly every label,
 * name and offer title. Rarer characters (a shop name with 堃 or 喆) live in the package's
 * numbered slices, listed with their Unicode ranges in unicode.json; a document embeds only the
 * slices its text needs. pdf-lib keeps only the glyphs actually drawn, so a statement stays tens
 * of kilobytes, not the megabytes of the whole font.
 */

const PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHT = 400;

/** A font file of the package: the main one, or the slice that covers some rare characters. */
export type FontFile = 'main' | `slice:${string}`;

interface Slice {
	name: string;
	ranges: [number, number][];
}

const requireHere = createRequire(import.meta.url);
let folder: string | undefined;
let slices: Slice[] | undefined;
const bytes = new Map<FontFile, Promise<Uint8Array>>();

function filesFolder(): string {
	folder ??= path.join(path.dirname(requireHere.resolve(`${PACKAGE}/unicode.json`)), 'files');
	return folder;
}

/** 'U+4e00-4e2d,U+ff0c' → [[0x4e00, 0x4e2d], [0xff0c, 0xff0c]]. */
export function parseUnicodeRanges(list: string): [number, number][] {
	return list.split(',').map((part) => {
		const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
		const start = parseInt(from ?? '', 16);
		const end = to === undefined ? start : parseInt(to, 16);
		if (!Number.isInteger(start) || !Number.isInteger(end)) {
			throw new Error(`bad unicode range ${part}`);
		}
		return [start, end];
	});
}

async function sliceIndex(): Promise<Slice[]> {
	if (!slices) {
		const raw = await readFile(requireHere.resolve(`${PACKAGE}/unicode.json`), 'utf8');
		const map = JSON.parse(raw) as Record<string, string>;
		slices = Object.entries(map).map(([key, list]) => ({
			// Keys are '[4]' for numbered slices and 'latin', 'cyrillic'… for named ones.
			name: key.replace(/^\[(\d+)\]$/, '$1'),
			ranges: parseUnicodeRanges(list)
		}));
	}
	return slices;
}

/** The slice holding `codePoint`, or null when Noto Sans SC has no glyph for it at all. */
export async function sliceFor(codePoint: number): Promise<FontFile | null> {
	for (const slice of await sliceIndex()) {
		if (slice.ranges.some(([a, b]) => codePoint >= a && codePoint <= b)) {
			return `slice:${slice.name}`;
		}
	}
	return null;
}

function fileName(file: FontFile): string {
	const name = file === 'main' ? 'chinese-simplified' : file.slice('slice:'.length);
	return `noto-sans-sc-${name}-${WEIGHT}-normal.woff`;
}

/**
 * A font file as plain TrueType, unwrapped from its WOFF once per process and always the same
 * array, so the parsed font can be cached by it (pdf-writer.ts).
 */
export function fontBytes(file: FontFile): Promise<Uint8Array> {
	let pending = bytes.get(file);
	if (!pending) {
		pending = readFile(path.join(filesFolder(), fileName(file))).then((b) => woffToSfnt(b));
		pending.catch(() => bytes.delete(file));
		bytes.set(file, pending);
	}
	return pending;
}
