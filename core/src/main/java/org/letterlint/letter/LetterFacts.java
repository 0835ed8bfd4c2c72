package org.letterlint.letter;

import java.util.List;

/**
 * What letterlint has worked out about a letter before its rules run: its type, whether it upholds
 * anything, the complaint scheme it answers to, and which required elements it contains.
 *
 * @param type       the letter type
 * @param typeSource where the type came from
 * @param typeCue    for a detected type, the words that decided it, or null
 * @param upheld     whether an outcome letter upholds any part of the complaint
 * @param scheme     the complaint scheme
 * @param elements   every required element and every element found, required ones first
 */
public record LetterFacts(LetterType type, TypeSource typeSource, String typeCue, boolean upheld, Scheme scheme,
                          List<ElementStatus> elements) {
    public LetterFacts {
        elements = List.copyOf(elements);
    }
}
