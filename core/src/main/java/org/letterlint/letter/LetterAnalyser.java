package org.letterlint.letter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.letterlint.text.TextModel;

/**
 * Works out a letter's {@link LetterFacts} once, before the rules run: its type (given or
 * detected), whether it upholds anything, and which of its required elements it contains.
 */
public final class LetterAnalyser {
    private final TypeDetector types;
    private final UpheldDetector upheld;
    private final ElementDetector elements;
    private final Elements catalogue;

    public LetterAnalyser(TypeDetector types, UpheldDetector upheld, ElementDetector elements, Elements catalogue) {
        this.types = types;
        this.upheld = upheld;
        this.elements = elements;
        this.catalogue = catalogue;
    }

    public static LetterAnalyser bundled() {
        return new LetterAnalyser(TypeDetector.bundled(), UpheldDetector.bundled(), ElementDetector.bundled(), Elements.bundled());
    }

    public Elements catalogue() {
        return catalogue;
    }

    /**
     * @param model  the letter
     * @param type   the type given by the user or config, or null to detect it
     * @param source where a given type came from
     * @param scheme the complaint scheme
     */
    public LetterFacts analyse(TextModel model, LetterType type, TypeSource source, Scheme scheme) {
        String cue = null;
        if (type == null) {
            TypeDetector.Detection detection = types.detect(model);
            type = detection.type();
            source = TypeSource.DETECTED;
            cue = detection.cue();
        }
        boolean isUpheld = type == LetterType.OUTCOME && upheld.upheld(model);
        Set<String> required = new LinkedHashSet<>(type.requiredElements(isUpheld));
        required.addAll(scheme.required());
        required.forEach(catalogue::get); // fails clearly on a scheme that requires an unknown element
        ElementDetector.Detection shown = elements.examine(model);
        Map<String, ElementDetector.Evidence> found = shown.found();
        List<ElementStatus> statuses = new ArrayList<>();
        for (String id : required) {
            ElementDetector.Evidence e = found.get(id);
            statuses.add(new ElementStatus(id, true, e != null, e == null ? -1 : e.offset(), e == null ? null : e.text(), catalogue.get(id).summary(),
                    e == null ? shown.near().get(id) : null));
        }
        for (var entry : found.entrySet()) {
            if (!required.contains(entry.getKey())) {
                statuses.add(new ElementStatus(entry.getKey(), false, true, entry.getValue().offset(), entry.getValue().text(),
                        catalogue.get(entry.getKey()).summary(), null));
            }
        }
        return new LetterFacts(type, source, cue, isUpheld, scheme, statuses);
    }
}
