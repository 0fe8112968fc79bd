import QRCode from 'qrcode';

/** An SVG QR code, rendered on the server so the page needs no script to show it. */
export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
