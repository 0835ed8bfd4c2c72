package org.letterlint.text;

import java.util.Comparator;
import java.util.List;

/**
 * Finds the masks over a stretch of text by binary search. Every token and every finding asks
 * which mask it falls in; scanning the whole list each time made a letter full of addresses take
 * hours. Masks are sorted by start and may overlap (a quotation may hold an address), so a running
 * maximum of their ends tells where the first mask reaching past a point is.
 */
final class MaskIndex {
    private final List<Mask> masks;
    private final int[] starts;
    /** maxEnd[i] is the largest end among masks 0..i: it never decreases, so it can be searched. */
    private final int[] maxEnd;

    /** @param masks in any order; {@link Masker#find} gives them sorted by start already */
    MaskIndex(List<Mask> masks) {
        this.masks = masks.stream().sorted(Comparator.comparingInt(Mask::start)).toList();
        this.starts = new int[this.masks.size()];
        this.maxEnd = new int[this.masks.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < this.masks.size(); i++) {
            Mask mask = this.masks.get(i);
            starts[i] = mask.start();
            max = Math.max(max, mask.end());
            maxEnd[i] = max;
        }
    }

    List<Mask> masks() {
        return masks;
    }

    /** The first mask, in order of start, that overlaps {@code [start, end)}; null if none does. */
    Mask firstOverlapping(int start, int end) {
        int candidates = firstStartAtOrAfter(end); // masks [0, candidates) start before the range ends
        int first = firstMaxEndAfter(start); // the first mask that ends after the range starts
        return first < candidates ? masks.get(first) : null;
    }

    /** The masks wholly inside {@code [start, end)}, in order. */
    List<Mask> within(int start, int end) {
        int from = firstStartAtOrAfter(start);
        int to = firstStartAtOrAfter(end);
        return masks.subList(from, to).stream().filter(m -> m.end() <= end).toList();
    }

    private int firstStartAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstMaxEndAfter(int offset) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
