var legacy = 1;
console.log(legacy);
