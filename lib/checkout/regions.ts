// The regions (ISO 3166-2 subdivision codes, without the country prefix: "CA" for US-CA) of the
// countries whose tax or shipping rules depend on the region. For these countries an address
// needs one of these codes: a free-text "California" or a blank state would match no tax rate and
// silently drop the tax. Shipped as data (client-safe, no fetch); add a country here before
// adding regional tax rates or shipping rules for it.

export interface Subdivision {
  code: string;
  name: string;
}

const list = (entries: string): readonly Subdivision[] =>
  entries.split(";").map((entry) => {
    const [code = "", name = ""] = entry.split("=");
    return { code, name };
  });

export const SUBDIVISIONS: Readonly<Record<string, readonly Subdivision[]>> = {
  // The 50 states and the District of Columbia.
  US: list(
    "AL=Alabama;AK=Alaska;AZ=Arizona;AR=Arkansas;CA=California;CO=Colorado;CT=Connecticut;" +
      "DE=Delaware;DC=District of Columbia;FL=Florida;GA=Georgia;HI=Hawaii;ID=Idaho;IL=Illinois;" +
      "IN=Indiana;IA=Iowa;KS=Kansas;KY=Kentucky;LA=Louisiana;ME=Maine;MD=Maryland;" +
      "MA=Massachusetts;MI=Michigan;MN=Minnesota;MS=Mississippi;MO=Missouri;MT=Montana;" +
      "NE=Nebraska;NV=Nevada;NH=New Hampshire;NJ=New Jersey;NM=New Mexico;NY=New York;" +
      "NC=North Carolina;ND=North Dakota;OH=Ohio;OK=Oklahoma;OR=Oregon;PA=Pennsylvania;" +
      "RI=Rhode Island;SC=South Carolina;SD=South Dakota;TN=Tennessee;TX=Texas;UT=Utah;" +
      "VT=Vermont;VA=Virginia;WA=Washington;WV=West Virginia;WI=Wisconsin;WY=Wyoming",
  ),
  // Provinces and territories.
  CA: list(
    "AB=Alberta;BC=British Columbia;MB=Manitoba;NB=New Brunswick;NL=Newfoundland and Labrador;" +
      "NS=Nova Scotia;NT=Northwest Territories;NU=Nunavut;ON=Ontario;PE=Prince Edward Island;" +
      "QC=Quebec;SK=Saskatchewan;YT=Yukon",
  ),
  // States and territories.
  AU: list(
    "ACT=Australian Capital Territory;NSW=New South Wales;NT=Northern Territory;QLD=Queensland;" +
      "SA=South Australia;TAS=Tasmania;VIC=Victoria;WA=Western Australia",
  ),
};

/** The country's regions when its rules depend on the region, else undefined (region is free text). */
export function regionsOf(country: string): readonly Subdivision[] | undefined {
  return SUBDIVISIONS[country.trim().toUpperCase()];
}

/**
 * The region as stored and matched against tax rates: the subdivision code, upper-case, with an
 * ISO "US-" prefix dropped. Free text for countries without a list is only trimmed.
 */
export function normalizeRegion(country: string, region: string | undefined): string | undefined {
  const value = region?.trim() ?? "";
  if (value === "") return undefined;
  const upper = country.trim().toUpperCase();
  if (!regionsOf(upper)) return value;
  const code = value.toUpperCase();
  return code.startsWith(`${upper}-`) ? code.slice(upper.length + 1) : code;
}

/** Why this region cannot be used for an address in `country`, or null when it can. */
export function regionProblem(country: string, region: string | undefined): string | null {
  const regions = regionsOf(country);
  if (!regions) return null;
  const code = normalizeRegion(country, region);
  if (code === undefined) return "Choose a state or region";
  return regions.some((r) => r.code === code) ? null : "Choose a state or region from the list";
}
