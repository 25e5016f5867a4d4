import type { Event as SchemaEvent, Graph, IdReference, NewsArticle, Quotation, Thing } from "schema-dts";
import type { Brief } from "../schemas/brief.js";
import type { Entity } from "../schemas/entity.js";
import type { EventStatus } from "../schemas/event.js";

const eventStatus: Partial<Record<EventStatus, SchemaEvent["eventStatus"]>> = {
  scheduled: "https://schema.org/EventScheduled",
  postponed: "https://schema.org/EventPostponed",
  cancelled: "https://schema.org/EventCancelled",
};

const asUrl = (sameAs: string): string => (sameAs.startsWith("Q") ? `https://www.wikidata.org/wiki/${sameAs}` : sameAs);

/**
 * schema.org JSON-LD for a brief, as one `@graph`: the NewsArticle, which is `about` the
 * parties to the brief's issues and `mentions` every other entity; a Person, Organization,
 * Country or Place per entity; a Quotation per direct quote (paraphrases are not quotations);
 * an Event per event, with a start date only where the brief has one.
 */
export function toJsonLd(brief: Brief): Graph {
  // Item ids become fragments of the article's URL, which may carry a fragment of its own.
  const base = (brief.article.url ?? "").replace(/#.*$/s, "");
  const ref = (id: string): IdReference => ({ "@id": `${base}#${encodeURIComponent(id)}` });
  const articleRef = ref("article");

  const entityNode = (entity: Entity): Thing => {
    const common = {
      ...ref(entity.id),
      name: entity.name,
      ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
      ...(entity.description ? { description: entity.description } : {}),
      ...(entity.sameAs ? { sameAs: entity.sameAs.map(asUrl) } : {}),
    };
    switch (entity.kind) {
      case "person": {
        const titles = entity.roles.map((role) => role.title);
        const affiliations = entity.roles.flatMap((role) => (role.of ? [ref(role.of)] : []));
        return {
          "@type": "Person",
          ...common,
          ...(titles.length > 0 ? { jobTitle: titles } : {}),
          ...(affiliations.length > 0 ? { affiliation: affiliations } : {}),
        };
      }
      case "country":
        return { "@type": "Country", ...common };
      case "place":
        return { "@type": "Place", ...common };
      case "organization":
      case "group":
        return { "@type": "Organization", ...common };
    }
  };

  const parties = new Set(brief.issues.flatMap((issue) => issue.parties.map((party) => party.entity)));
  const article: NewsArticle = {
    "@type": "NewsArticle",
    ...articleRef,
    headline: brief.article.headline,
    inLanguage: brief.article.language,
    publisher: { "@type": "Organization", name: brief.article.source },
    ...(brief.article.published ? { datePublished: brief.article.published } : {}),
    ...(brief.article.url ? { url: brief.article.url } : {}),
    ...(brief.summary ? { description: brief.summary } : {}),
    about: brief.entities.filter((e) => parties.has(e.id)).map((e) => ref(e.id)),
    mentions: brief.entities.filter((e) => !parties.has(e.id)).map((e) => ref(e.id)),
  };

  const quotations: Quotation[] = brief.quotes
    .filter((quote) => quote.mode === "direct")
    .map((quote) => ({
      "@type": "Quotation",
      ...ref(quote.id),
      text: quote.text,
      spokenByCharacter: ref(quote.speaker),
      isPartOf: articleRef,
    }));

  const events: SchemaEvent[] = brief.events.map((event) => {
    const status = eventStatus[event.status];
    return {
      "@type": "Event",
      ...ref(event.id),
      name: event.title,
      ...(event.when ? { description: event.when.text } : {}),
      ...(event.when?.date ? { startDate: event.when.date.value } : {}),
      ...(event.place ? { location: ref(event.place) } : {}),
      ...(event.participants.length > 0 ? { attendee: event.participants.map(ref) } : {}),
      ...(status ? { eventStatus: status } : {}),
      subjectOf: articleRef,
    };
  });

  return {
    "@context": "https://schema.org",
    "@graph": [article, ...brief.entities.map(entityNode), ...quotations, ...events],
  };
}
