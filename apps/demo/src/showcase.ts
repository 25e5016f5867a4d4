import "./nav.js";
import "@diplo-brief/elements/define";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import type { DiploStrings } from "@diplo-brief/elements";

const translations: Record<string, Partial<DiploStrings>> = {
  fr: {
    briefLabel: "Synthèse : {headline}",
    sectionPlayers: "Acteurs clés",
    sectionIssues: "Enjeux",
    sectionQuotes: "Citations",
    sectionTimeline: "Chronologie",
    statusOccurred: "A eu lieu",
    statusOngoing: "En cours",
    statusExpected: "Attendu",
    statusPossible: "Possible",
    statusPostponed: "Reporté",
    when: "Quand",
    where: "Où",
    who: "Qui",
    noDate: "Sans date",
    showSource: "Voir la source",
    hideSource: "Masquer la source",
  },
  ar: {
    briefLabel: "ملخص: {headline}",
    sectionIssues: "القضايا",
    natureDispute: "خلاف",
    natureCooperation: "تعاون",
    natureConcern: "قلق",
    parties: "الأطراف",
    showSource: "عرض المصدر",
    hideSource: "إخفاء المصدر",
  },
};

for (const element of document.querySelectorAll("diplo-brief")) {
  const strings = translations[element.dataset.strings ?? ""];
  if (strings) element.strings = strings;
  element.brief = blinkenBeijing;
}
