import "./nav.js";
import "@diplo-brief/elements/define";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { renderArticle } from "./article-view.js";

renderArticle(document.querySelector("#story") as HTMLElement, blinkenBeijing);
const element = document.querySelector("diplo-brief");
if (element) element.brief = blinkenBeijing;
