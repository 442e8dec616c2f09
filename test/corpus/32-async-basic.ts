function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
async function main() {
  console.log("start");
  await delay(10);
  console.log("end");
}
main();
