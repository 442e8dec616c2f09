/** @type {import('jest').Config} */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  transform: { "^.+\\.ts$": "<rootDir>/test/esbuild-jest.js" },
  testEnvironment: "node",
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  testTimeout: 60000,
  maxWorkers: 2,
  watchPathIgnorePatterns: ["<rootDir>/out/", "<rootDir>/.tsmpy-cache/"],
  modulePathIgnorePatterns: ["<rootDir>/out/", "<rootDir>/dist/", "<rootDir>/dist.tmp-"],
};
