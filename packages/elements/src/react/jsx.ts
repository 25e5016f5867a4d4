// Types for using the tags as they are in React 19 JSX (`<diplo-brief brief={…} />`): React sets
// properties on custom elements it knows are defined, and these declarations tell TypeScript which.
// Import once, for types only: `import type {} from "@diplo-brief/elements/jsx"`.
import type { DiploBrief } from "../brief/brief.js";
import type { DiploEntityCard } from "../entity-card/entity-card.js";
import type { DiploEventCard } from "../event-card/event-card.js";
import type { DiploIssueCard } from "../issue-card/issue-card.js";
import type { DiploQuoteCard } from "../quote-card/quote-card.js";
import type { DiploTimeline } from "../timeline/timeline.js";

/** The element's own public properties, all optional, plus React's usual element props. */
type ElementProps<E extends HTMLElement> = Partial<Omit<E, keyof HTMLElement>> &
  import("react").HTMLAttributes<E> & { ref?: import("react").Ref<E>; "item-id"?: string };

declare module "react" {
  // React declares JSX as a namespace: augmenting it is the only way to type intrinsic tags.
  namespace JSX {
    interface IntrinsicElements {
      "diplo-brief": ElementProps<DiploBrief>;
      "diplo-entity-card": ElementProps<DiploEntityCard>;
      "diplo-quote-card": ElementProps<DiploQuoteCard>;
      "diplo-issue-card": ElementProps<DiploIssueCard>;
      "diplo-event-card": ElementProps<DiploEventCard>;
      "diplo-timeline": ElementProps<DiploTimeline>;
    }
  }
}
