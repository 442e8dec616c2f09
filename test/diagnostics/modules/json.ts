export const x = 1; // expect: TSMPY1017
