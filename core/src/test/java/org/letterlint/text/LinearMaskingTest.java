package org.letterlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.letterlint.source.SourceReader;

/**
 * Masking a letter as big as the reader allows takes time in proportion to its length. Each input
 * is a run that once made a pattern retry from every position to the end of the run, or made masks
 * be compared pairwise. The bound is generous: the work is a second or so, the quadratic versions
 * took hours.
 */
class LinearMaskingTest {
    private static final int SIZE = (int) SourceReader.DEFAULT_MAX_BYTES - 100;
    /** A quarter of the limit keeps the suite quick and is still 10^10 steps for a quadratic pattern. */
    private static final int RUN_SIZE = SIZE / 4;
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final Masker masker = new Masker();

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length());
    }

    /** The masks, asserting too that no built-in placeholder pattern ran out of steps. */
    private List<Mask> masks(String text) {
        List<String> stopped = new java.util.ArrayList<>();
        List<Mask> found = assertTimeoutPreemptively(BOUND, () -> masker.find(text, 0, text.length(), stopped));
        assertEquals(List.of(), stopped, "built-in patterns stopped");
        return found;
    }

    @Test
    void everyAddressOfALetterFullOfAddressesIsMaskedOnce() {
        String text = repeat("jo@cc.example ", SIZE);
        List<Mask> found = masks(text);
        assertEquals(text.length() / "jo@cc.example ".length(), found.size());
        assertTrue(found.stream().allMatch(m -> m.kind() == MaskKind.EMAIL && m.end() - m.start() == "jo@cc.example".length()));
    }

    /** Runs of characters an address, URL, reference, phone number or directive may begin with. */
    @ParameterizedTest
    @ValueSource(strings = {"a", "A", "0", "-", " ", "\t", "a.", "a-", "A-1-", "www.", "a.uk.", "a@", "a.b@",
        "PSD/", "+44 ", "0 1 ", "01234 5678 ", "\"", "\u201c", "{{", "[A", "[a_", "#", "%", "<!--"})
    void aLetterLongRunIsMaskedInLinearTime(String unit) {
        String text = repeat(unit, RUN_SIZE);
        List<Mask> found = masks(text);
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).start() <= found.get(i).start(), "sorted by start");
        }
    }

    /** Where masks overlap, the earlier pattern still wins, and quotations stay as well. */
    @Test
    void overlapsStillGoToTheHigherPriorityMask() {
        String text = "Write to “jo@cc.example or {{officer_email}}” today.";
        List<Mask> found = masker.find(text, 0, text.length());
        assertEquals(List.of(MaskKind.QUOTATION, MaskKind.EMAIL, MaskKind.PLACEHOLDER), found.stream().map(Mask::kind).toList());
        String url = "See {{www.example.org}} now";
        List<Mask> one = masker.find(url, 0, url.length());
        assertEquals(List.of(MaskKind.PLACEHOLDER), one.stream().map(Mask::kind).toList());
    }
}
