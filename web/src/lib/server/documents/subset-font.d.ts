/** The part of subset-font (harfbuzz's hb-subset in WebAssembly) that the PDFs use. */
declare module 'subset-font' {
	export interface SubsetOptions {
		targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
		/** Keep OpenType layout rules only for the glyphs asked for. */
		noLayoutClosure?: boolean;
	}
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: SubsetOptions
	): Promise<Buffer>;
}
