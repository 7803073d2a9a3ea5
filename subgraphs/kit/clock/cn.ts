/** The State Council holiday calendar shipped with the hub (2025, 2026, provisional 2027); see calendar-cn.json. */
import { createCalendar } from './calendar';
import { validateCalendarData } from './calendarData';
import rawChinaCalendarData from './calendar-cn.json';

export const chinaCalendarData = validateCalendarData(rawChinaCalendarData);

/** Ready to use; `chinaCalendar.extend(extra)` gives a new calendar with an administrator's additions. */
export const chinaCalendar = createCalendar(chinaCalendarData);
