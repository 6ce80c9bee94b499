// Accounts: the public face of lib/accounts — the signed-in shopper's profile, address book and
// order history, and user administration. Every function reads the user from the session
// itself (lib/auth guards), so none can be pointed at another shopper's data.
export {
  getMyAddress,
  getMyDefaultAddress,
  getMyOrder,
  getMyProfile,
  listMyAddresses,
  listMyOrders,
  ORDERS_PER_PAGE,
} from "./queries";
export { checkoutAddressOf, getMyCheckoutAddress } from "./checkout-address";
export {
  createMyAddress,
  deleteMyAddress,
  MAX_ADDRESSES,
  setMyDefaultAddress,
  updateMyAddress,
  updateMyProfile,
} from "./commands";
export { changeUserRole, getAdminOverview, listUsers, USERS_PER_PAGE } from "./admin";
export type { AdminOverview } from "./admin";
export { AccountError } from "./errors";
export type { AccountErrorCode } from "./errors";
export {
  addressIdSchema,
  addressKindSchema,
  addressSchema,
  changeRoleSchema,
  orderNumberSchema,
  pageSchema,
  profileSchema,
  userSearchSchema,
} from "./schemas";
export type { AddressData, AddressInput, AddressKind } from "./schemas";
export { COUNTRY_CODES, countryName, countryOptions } from "./countries";
export type { CountryOption } from "./countries";
export type { AddressView, ProfileView, UserListItem } from "./types";
