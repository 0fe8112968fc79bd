// The shrinking now lives in $lib so council and redemption uploads share it.
export { shrinkPhoto } from '$lib/images/shrink';
