package dev.atk.stdlib.attacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.atk.spi.AtkRuntimeException;
import org.junit.jupiter.api.Test;

/** The universal attacks' training images: the first ones of the data set outside the attacked sample. */
class UniversalTopKAttacksTest {
    @Test
    void trainingSkipsEveryImageOfTheSample() {
        assertArrayEquals(new int[] {0, 2, 4}, UniversalTopKAttacks.trainingItems(10, 3, new int[] {3, 1, 7}));
        assertArrayEquals(new int[] {1, 2}, UniversalTopKAttacks.trainingItems(3, 5, new int[] {0}), "fewer when the set ends");
        assertThrows(AtkRuntimeException.class, () -> UniversalTopKAttacks.trainingItems(2, 3, new int[] {0, 1}));
    }
}
