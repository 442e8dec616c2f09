// mapTraceback: Python frames to TypeScript file:line, boot frames dropped, helper frames marked.
import { mapTraceback } from "../../compiler/src/runner";
import type { CompileResult } from "../../compiler/src/compile";

const result: CompileResult = {
  modules: [
    { outPath: "main.py", moduleName: "main", sourceFile: "/work/app/main.ts", text: "", lineMap: [1, 1, 4, 0, 9] },
    { outPath: "ui/view.py", moduleName: "ui.view", sourceFile: "/work/app/ui/view.ts", text: "", lineMap: [2, 3, 7] },
  ],
  helperFiles: new Map(),
  diagnostics: [],
  rootDir: "/work/app",
};

test("frames are mapped, <stdin> frames dropped, helper frames marked", () => {
  const py = [
    "Traceback (most recent call last):",
    '  File "<stdin>", line 3, in <module>',
    '  File "//main.py", line 5, in <module>',
    '  File "/ui/view.py", line 3, in render',
    '  File "/main.py", line 4, in helper',
    '  File "/lib/tsmpy/num.py", line 41, in js_div',
    "ZeroDivisionError: divide by zero",
  ].join("\n");
  expect(mapTraceback(py, result, "/work/app")).toBe(
    [
      "Traceback (most recent call last):",
      '  File "main.ts", line 9, in <module>',
      '  File "ui/view.ts", line 7, in render',
      '  File "main.ts", line 4, in helper',
      '  File "lib/tsmpy/num.py", line 41, in js_div  [tsmpy helper]',
      "ZeroDivisionError: divide by zero",
    ].join("\n"),
  );
});

test("files outside the working directory are shown by absolute path", () => {
  const py = 'Traceback (most recent call last):\n  File "/main.py", line 3, in <module>\nValueError: x';
  expect(mapTraceback(py, result, "/elsewhere")).toBe('Traceback (most recent call last):\n  File "/work/app/main.ts", line 4, in <module>\nValueError: x');
});
