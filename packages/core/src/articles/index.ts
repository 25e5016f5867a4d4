export { blinkenBeijing } from "./blinken-beijing.js";
