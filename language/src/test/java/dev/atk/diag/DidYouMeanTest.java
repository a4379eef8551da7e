package dev.atk.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    static final List<String> ATTACKS = List.of("mifgsm", "bce", "linear", "slam");

    @Test
    void suggestsTheNearestName() {
        assertEquals(Optional.of("slam"), DidYouMean.suggest("slamm", ATTACKS));
        assertEquals(Optional.of("linear"), DidYouMean.suggest("lienar", ATTACKS));
        assertEquals(Optional.of("mifgsm"), DidYouMean.suggest("MIFGSM", ATTACKS));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals(Optional.empty(), DidYouMean.suggest("deepfool", ATTACKS));
        assertEquals(Optional.empty(), DidYouMean.suggest("x", List.of()));
    }

    @Test
    void distanceCountsAdjacentSwapsAsOneEdit() {
        assertEquals(1, DidYouMean.distance("ab", "ba"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }
}
