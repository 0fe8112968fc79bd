/** Photos the counter may add to one used voucher: enough for the service and the receipt. */
export const VOUCHER_PHOTOS_MAX = 3;
/** Pictures of one offer in the catalogue. */
export const OFFER_PHOTOS_MAX = 3;
