import { countries as countryData } from "countries-list";

/** A country as news copy names it: its names, the adjectives of its people, its capital. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string | undefined;
}

// Names newsrooms write that the ISO data leaves out, and capitals by their short names.
const extraNames: Readonly<Record<string, readonly string[]>> = {
  US: ["U.S.", "U.S.A.", "the United States"],
  GB: ["U.K.", "Britain"],
  KP: ["D.P.R.K."],
  TR: ["Turkey"],
  CN: ["People's Republic of China", "mainland China"],
  TW: ["Republic of China"],
};
const capitalNames: Readonly<Record<string, string>> = { US: "Washington" };

// Demonyms of the countries diplomatic news names most; countries-list has none.
const demonymList = `
US:American GB:British CN:Chinese RU:Russian JP:Japanese KR:South Korean KP:North Korean TW:Taiwanese IN:Indian
PK:Pakistani AF:Afghan IR:Iranian IQ:Iraqi SY:Syrian IL:Israeli PS:Palestinian LB:Lebanese JO:Jordanian
SA:Saudi AE:Emirati QA:Qatari EG:Egyptian TR:Turkish UA:Ukrainian BY:Belarusian PL:Polish DE:German FR:French
IT:Italian ES:Spanish PT:Portuguese NL:Dutch BE:Belgian CH:Swiss AT:Austrian SE:Swedish NO:Norwegian FI:Finnish
DK:Danish IE:Irish GR:Greek HU:Hungarian CZ:Czech RO:Romanian BG:Bulgarian RS:Serbian HR:Croatian
CA:Canadian MX:Mexican BR:Brazilian AR:Argentine CL:Chilean CO:Colombian VE:Venezuelan CU:Cuban PE:Peruvian
AU:Australian NZ:New Zealand ID:Indonesian MY:Malaysian SG:Singaporean TH:Thai VN:Vietnamese PH:Philippine,Filipino
MM:Myanmar,Burmese BD:Bangladeshi LK:Sri Lankan NP:Nepalese KZ:Kazakh UZ:Uzbek MN:Mongolian
NG:Nigerian ZA:South African KE:Kenyan ET:Ethiopian SD:Sudanese SS:South Sudanese SO:Somali LY:Libyan TN:Tunisian
DZ:Algerian MA:Moroccan GH:Ghanaian SN:Senegalese ML:Malian NE:Nigerien CD:Congolese RW:Rwandan UG:Ugandan
TZ:Tanzanian ZW:Zimbabwean AM:Armenian AZ:Azerbaijani GE:Georgian MD:Moldovan YE:Yemeni OM:Omani KW:Kuwaiti BH:Bahraini
`;

function buildCountries(): Country[] {
  const demonyms = new Map<string, string[]>();
  for (const entry of demonymList.trim().split(/\s+(?=[A-Z]{2}:)/)) {
    const [code = "", list = ""] = entry.split(":");
    demonyms.set(code, list.split(","));
  }
  return Object.entries(countryData).map(([code, data]) => {
    const record = data as { name: string; alias?: string[]; capital?: string };
    return {
      code,
      name: record.name,
      names: [record.name, ...(record.alias ?? []), ...(extraNames[code] ?? [])],
      demonyms: demonyms.get(code) ?? [],
      capital: capitalNames[code] ?? (record.capital || undefined),
    };
  });
}

let cached: readonly Country[] | undefined;

/** Every country, read once from the data on first use. */
export function allCountries(): readonly Country[] {
  cached ??= buildCountries();
  return cached;
}
