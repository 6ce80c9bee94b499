// Any address no other route matches: the shop's own not-found page, inside the shop layout.
import { notFound } from "next/navigation";

export default function UnknownPage(): never {
  notFound();
}
