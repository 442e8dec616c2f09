// re1.5 stores its jump offsets in one signed byte: a repeated or alternated part larger than
// that fails to compile ("regex too complex") when the module loads. checkJumps replays re1.5's
// code generation for the sizes only (lib/re1.5/compilecode.c in MicroPython) and refuses such a
// pattern at compile time instead.
import { refuse } from "./regex-atoms";

/**
 * Replays re1.5's code generation for the sizes only and refuses a pattern whose jumps do not fit
 * its signed-byte offsets (MicroPython would raise "regex too complex" when the module loads).
 */
export function checkJumps(code: string) {
  let i = 0;
  let pc = 0;
  const fits = (v: number) => v >= -128 && v <= 127;
  const tooLarge = () => refuse("a repeated or alternated part this large (MicroPython's regex engine limits its jumps)");
  const group = (): void => {
    const start = pc;
    let term = pc;
    let altLabel = -1;
    for (; i < code.length && code[i] !== ")"; i++) {
      const c = code[i];
      switch (c) {
        case "\\":
          i++;
          term = pc;
          pc += 2;
          break;
        case ".":
          term = pc;
          pc += 1;
          break;
        case "[": {
          term = pc;
          i++;
          if (code[i] === "^") i++;
          pc += 2;
          for (; code[i] !== "]"; i++) {
            if (code[i] === "\\") i++;
            if (code[i + 1] === "-" && code[i + 2] !== "]") i += 2;
            pc += 2;
          }
          break;
        }
        case "(": {
          term = pc;
          const capture = !(code[i + 1] === "?" && code[i + 2] === ":");
          if (capture) pc += 2;
          else i += 2;
          i++;
          group();
          if (capture) pc += 2;
          break;
        }
        case "?":
          pc += 2;
          if (!fits(pc - term - 2)) tooLarge();
          if (code[i + 1] === "?") i++;
          term = pc;
          break;
        case "*":
          pc += 2;
          if (!fits(term - pc - 2)) tooLarge();
          pc += 2;
          if (!fits(pc - term - 2)) tooLarge();
          if (code[i + 1] === "?") i++;
          term = pc;
          break;
        case "+":
          if (!fits(term - pc - 2)) tooLarge();
          pc += 2;
          if (code[i + 1] === "?") i++;
          term = pc;
          break;
        case "|":
          if (altLabel >= 0 && !fits(pc - altLabel - 2 + 1)) tooLarge();
          pc += 2; // the split inserted at start
          pc += 2; // the jump
          altLabel = pc - 1;
          if (!fits(pc - start - 2)) tooLarge();
          term = pc;
          break;
        case "^":
        case "$":
          pc += 1;
          term = pc;
          break;
        default:
          term = pc;
          pc += 2;
      }
    }
    if (altLabel >= 0 && !fits(pc - altLabel - 2 + 1)) tooLarge();
  };
  group();
  if (i < code.length) refuse("an unbalanced parenthesis");
}

