package dev.atk.report;

import java.util.Collections;
import java.util.List;

/**
 * One attack.
 *
 * @param attack the label, as the user wrote the first record's attack
 * @param canonical the fully resolved call the row groups by
 * @param cells one per column, null where the attack was not run at that budget
 * @param total the Total cell; null when the attack misses a budget column (a partial sum would not compare)
 *              or the table has no finite budget
 */
public record Row(String attack, String canonical, List<Cell> cells, Cell total) {
    public Row {
        cells = Collections.unmodifiableList(new java.util.ArrayList<>(cells));   // null entries allowed, so no List.copyOf
    }
}
