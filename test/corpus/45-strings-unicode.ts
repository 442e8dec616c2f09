const s = "Grüße, 世界!";
console.log(s.length, s.toUpperCase(), s.indexOf("世"), s.slice(-3));
console.log("tab\there", "quote'\"", "back\\slash", "nl\\n");
console.log(`multi
line`, `nested ${`inner ${1 + 1}`}`);
console.log("abc".charCodeAt(1), String.fromCharCode(72, 105), "z".codePointAt(0));
console.log("a,b,,c".split(","), "abc".split(""), "a b".split(" ", 1));
console.log(" x ".trimStart() + "|", "|" + " x ".trimEnd(), "Mixed Case".toLowerCase());
console.log("abcabc".lastIndexOf("b"), "abcabc".replaceAll("b", "B"), "abc".at(-1));
console.log("2" > "10", "apple" < "banana", "Z" < "a", ["b", "B", "a", "A"].sort().join(""));
console.log("x".concat("y", "z"), "hello".substring(3, 1), "hello".substring(-2, 2), "hello".slice(3, 1));
