// An address as it is written on an envelope.
export interface AddressLike {
  name: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
  phone?: string | null;
}

export function AddressBlock({
  address,
  countryName,
}: {
  address: AddressLike;
  countryName: string;
}) {
  const cityLine = [address.city, address.region, address.postalCode].filter(Boolean).join(", ");
  return (
    <address className="text-sm leading-6 text-ink not-italic">
      <span className="font-semibold">{address.name}</span>
      {address.company ? (
        <>
          <br />
          {address.company}
        </>
      ) : null}
      <br />
      {address.line1}
      {address.line2 ? (
        <>
          <br />
          {address.line2}
        </>
      ) : null}
      <br />
      {cityLine}
      <br />
      {countryName}
      {address.phone ? (
        <>
          <br />
          <span className="text-ink-muted">{address.phone}</span>
        </>
      ) : null}
    </address>
  );
}
