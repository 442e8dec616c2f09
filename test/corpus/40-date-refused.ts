const d = new Date(2020, 0, 1);
console.log(d.getFullYear());
