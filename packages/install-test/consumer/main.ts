// The page a Vite user builds: register the elements, hand the element a brief.
import "@diplo-brief/elements/define";
import { blinkenBeijing } from "@diplo-brief/core/articles";

const element = document.querySelector("diplo-brief");
if (!element) throw new Error("index.html has no <diplo-brief>");
element.brief = blinkenBeijing;
