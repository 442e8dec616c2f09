export const a = 1; // expect: TSMPY1501
