// What account pages and the API get: plain data, no Prisma types.
import type { SessionUser } from "@/lib/auth";

export interface ProfileView extends SessionUser {
  memberSince: Date;
}

export interface AddressView {
  id: string;
  name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
  isDefaultShipping: boolean;
  isDefaultBilling: boolean;
}

export interface UserListItem {
  id: string;
  email: string;
  name: string | null;
  role: SessionUser["role"];
  emailVerified: boolean;
  createdAt: Date;
  orderCount: number;
}
