import { rgb, type PDFPage } from 'pdf-lib';
import { A4, MARGIN, type PdfWriter } from './pdf-writer';

export interface Cell {
	text: string;
	x: number;
	/** Text wider than this is cut and ends in '…'. */
	width: number;
	align?: 'left' | 'right';
}

/** Top-to-bottom text on A4 pages, starting a new page when the current one is full. */
export class PdfFlow {
	page: PDFPage;
	y: number;

	constructor(readonly writer: PdfWriter) {
		this.page = writer.doc.addPage(A4);
		this.y = A4[1] - MARGIN;
	}

	private room(height: number): void {
		if (this.y - height >= MARGIN) return;
		this.page = this.writer.doc.addPage(A4);
		this.y = A4[1] - MARGIN;
	}

	space(height: number): void {
		this.y -= height;
	}

	async line(text: string, size = 11): Promise<void> {
		this.room(size + 7);
		this.y -= size;
		const fitted = await this.writer.fit(text, size, A4[0] - 2 * MARGIN);
		await this.writer.draw(this.page, fitted, MARGIN, this.y, size);
		this.y -= 7;
	}

	async row(cells: readonly Cell[], size = 10): Promise<void> {
		this.room(size + 6);
		this.y -= size;
		for (const cell of cells) {
			const text = await this.writer.fit(cell.text, size, cell.width);
			const offset =
				cell.align === 'right' ? cell.width - (await this.writer.width(text, size)) : 0;
			await this.writer.draw(this.page, text, cell.x + offset, this.y, size);
		}
		this.y -= 6;
	}

	rule(): void {
		this.room(8);
		this.y -= 4;
		this.page.drawLine({
			start: { x: MARGIN, y: this.y },
			end: { x: A4[0] - MARGIN, y: this.y },
			thickness: 0.5,
			color: rgb(0.4, 0.4, 0.4)
		});
		this.y -= 4;
	}
}
