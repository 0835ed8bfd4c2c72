package org.letterlint.letter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.letterlint.wordlist.WordlistLine;
import org.letterlint.wordlist.Wordlists;

/** The catalogue of elements, from wordlists/elements-rules.tsv. */
public final class Elements {
    private final Map<String, Element> byId = new LinkedHashMap<>();

    public Elements(List<WordlistLine> lines) {
        Wordlists.requireUnique(lines, 0);
        for (WordlistLine line : lines) {
            byId.put(line.column(0), new Element(line.column(0), line.severity(1), line.column(2), line.column(3), line.column(4)));
        }
    }

    public static Elements bundled() {
        return new Elements(Wordlists.bundled("elements-rules.tsv", 5, 5));
    }

    public Element get(String id) {
        Element element = byId.get(id);
        if (element == null) {
            throw new IllegalArgumentException("unknown element '" + id + "'; known: " + String.join(", ", byId.keySet()));
        }
        return element;
    }

    public List<Element> all() {
        return List.copyOf(byId.values());
    }
}
