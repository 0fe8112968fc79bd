import type { Page } from '@playwright/test';

/**
 * A camera that sees a QR holding `code`: headless Chromium has neither a camera nor the
 * browser's QR detector, so both are stood in for before the page loads. The page's own code
 * (components/code-scanner.svelte) runs as it would on a phone.
 */
export async function withCamera(p: Page, code: string): Promise<void> {
	await p.addInitScript((seen) => {
		const media = navigator.mediaDevices;
		media.getUserMedia = async () => {
			const canvas = document.createElement('canvas');
			canvas.width = 64;
			canvas.height = 64;
			canvas.getContext('2d')?.fillRect(0, 0, 64, 64);
			return canvas.captureStream(5);
		};
		(globalThis as { BarcodeDetector?: unknown }).BarcodeDetector = class {
			async detect() {
				return [{ rawValue: seen }];
			}
		};
	}, code);
}
