export { imageResponse } from './response';
export { sniffImage, type ImageMime, type SniffedImage } from './sniff';
export {
	checkImage,
	IMAGE_MAX_BYTES,
	imageErrorKey,
	loadImage,
	saveImage,
	type ImageError,
	type ImageWriter,
	type SavedImage,
	type SaveImageInput
} from './store';
export { parseImageUploads, type ImageUpload } from './uploads';
