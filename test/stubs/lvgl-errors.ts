// Wrong uses of the lvgl stubs: each line below must be a type error (an unused
// `@ts-expect-error` is itself an error, so stubs-typecheck.test.ts checks them too).
import * as lv from "lvgl";

const screen = lv.screen_active();
const label = lv.label(screen);

// @ts-expect-error a number is not a string
label.set_text(42);
// @ts-expect-error missing argument (exact arity, no optional arguments)
label.align(lv.ALIGN.TOP_MID, 0);
// @ts-expect-error too many arguments
label.set_text("a", "b");
// @ts-expect-error unknown enum member
label.align(lv.ALIGN.MIDDLE, 0, 0);
// @ts-expect-error unknown per-widget enum member
label.set_long_mode(lv.label.LONG_MODE.ELLIPSIS);
// @ts-expect-error enums are read-only
lv.ALIGN.CENTER = 3;
// @ts-expect-error label has no set_value
label.set_value(3, true);
// @ts-expect-error a label is not a font
label.set_style_text_font(label, lv.PART.MAIN);
// @ts-expect-error symbols are strings
const n: number = lv.SYMBOL.OK;
// @ts-expect-error add_event_cb needs its user_data argument
label.add_event_cb(() => {}, lv.EVENT.CLICKED);
// @ts-expect-error the event callback receives an event, not a number
label.add_event_cb((e: number) => {}, lv.EVENT.CLICKED, null);
// @ts-expect-error timer_create takes the callback first (C order)
lv.timer_create(1000, () => {}, null);
// @ts-expect-error not a widget
lv.slab(screen);
// @ts-expect-error a style is a struct: it has no widget methods
lv.style_t().set_text("x");

export { n };
