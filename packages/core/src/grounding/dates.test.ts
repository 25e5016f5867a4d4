import { describe, expect, it } from "vitest";
import { writesDate } from "./dates.js";

describe("writesDate", () => {
  const day: [string, string][] = [
    ["on January 5, 2021", "en"],
    ["on 5 January 2021", "en"],
    ["on the 5th of January, 2021", "en"],
    ["Jan. 5 2021", "en"],
    ["2021-01-05", "en"],
    ["on 01/05/2021", "en"],
    ["on 5.1.2021", "de"],
    ["am 5. Januar 2021", "de"],
    ["le 5 janvier 2021", "fr"],
    ["le mardi 5\u00a0janvier 2021", "fr"],
    ["2021年1月5日", "zh"],
  ];
  it.each(day)("reads 2021-01-05 in %j (%s)", (text, language) => {
    expect(writesDate(text, "2021-01-05", language)).toBe(true);
  });

  const notDay: [string, string][] = [
    ["in January 2021", "2021-01-05"],
    ["on January 15, 2021", "2021-01-05"],
    ["on January 5, 2020", "2021-01-05"],
    ["on February 5, 2021", "2021-01-05"],
    ["in 5 years, January 2021", "2021-01-05"],
    ["in January 2021", "1999-12-31"],
    ["in January 20210", "2021-01"],
    ["in June 2021", "2021-01"],
    ["Junior year, 2021", "2021-06"],
    ["in the 2020s", "2020"],
  ];
  it.each(notDay)("does not read it in %j as %s", (text, value) => {
    expect(writesDate(text, value, "en")).toBe(false);
  });

  it("reads months and years at their own precision", () => {
    expect(writesDate("in January 2021", "2021-01", "en")).toBe(true);
    expect(writesDate("in Sept. 2022", "2022-09", "en")).toBe(true);
    expect(writesDate("en septembre 2022", "2022-09", "fr")).toBe(true);
    expect(writesDate("2022-09", "2022-09", "en")).toBe(true);
    expect(writesDate("in 2021", "2021", "en")).toBe(true);
    expect(writesDate("in 2021", "2021", "not a language tag")).toBe(true);
  });
});
