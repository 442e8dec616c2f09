export const b = 2; // expect: TSMPY1501
