package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The binary-search index answers exactly as scanning every mask did, overlapping masks included. */
class MaskIndexTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void answersAsAScanOfEveryMask(long seed) {
        Random random = new Random(seed);
        List<Mask> masks = new ArrayList<>();
        for (int i = 0; i < random.nextInt(30); i++) {
            int start = random.nextInt(200);
            MaskKind kind = MaskKind.values()[random.nextInt(MaskKind.values().length)];
            masks.add(new Mask(start, start + 1 + random.nextInt(random.nextBoolean() ? 5 : 60), kind));
        }
        masks.sort(Comparator.comparingInt(Mask::start));
        MaskIndex index = new MaskIndex(masks);
        for (int q = 0; q < 500; q++) {
            int start = random.nextInt(260);
            int end = start + random.nextInt(random.nextBoolean() ? 3 : 40);
            Mask first = masks.stream().filter(m -> m.overlaps(start, end)).findFirst().orElse(null);
            assertEquals(first, index.firstOverlapping(start, end), "overlapping [" + start + ", " + end + ") in " + masks);
            List<Mask> inside = masks.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
            assertEquals(inside, index.within(start, end), "within [" + start + ", " + end + ") in " + masks);
        }
    }
}
