import { type Brief, keepGrounded } from "@diplo-brief/core";
import type { Skipped } from "./report.js";

type Item = Brief["entities" | "issues" | "quotes" | "events"][number];

/**
 * Holds the draft to the same checks as any brief: whatever `safeParseBrief` or `verifyBrief`
 * refuses is dropped by `keepGrounded`, with what depended on it (a quote whose speaker went),
 * and listed with the reason. The rules aim to make nothing here; this is the guarantee.
 */
export function settle(draft: Brief, skipped: Skipped[]): Brief {
  const { brief, dropped } = keepGrounded(draft);
  for (const { path, reason } of dropped) {
    const [collection, index] = path;
    const item = (draft[collection as keyof Brief] as Item[] | undefined)?.[index as number];
    if (!item) continue;
    const text = "title" in item ? item.title : "name" in item ? item.name : item.text;
    skipped.push({ stage: String(collection), text, start: item.evidence[0]?.start ?? 0, reason: `failed a check: ${path.length > 2 ? `${path.slice(2).join(".")}: ` : ""}${reason}` });
  }
  return brief;
}
