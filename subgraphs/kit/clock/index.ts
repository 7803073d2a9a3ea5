/**
 * The clock engine shared by all subgraphs: pure functions over civil dates (`YYYY-MM-DD`, China) and ISO
 * instants. See README.md in this folder for the rules.
 */
export * from './civil';
export * from './calendarData';
export * from './calendar';
export * from './cn';
export * from './deadlines';
export * from './clockState';
