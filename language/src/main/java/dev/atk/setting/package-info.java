/**
 * The settings a script changes with {@code set KEY = VALUE}: one registration per setting ({@link
 * dev.atk.setting.Setting}: key, kind, range or choices, default, doc), read by the checker, the planner, completion
 * and {@code :help settings}; and the typed values in force ({@link dev.atk.setting.ScriptSettings}), with the choice
 * settings as enums. Defaults live here and nowhere else.
 */
package dev.atk.setting;
