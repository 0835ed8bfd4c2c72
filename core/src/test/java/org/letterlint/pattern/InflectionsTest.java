package org.letterlint.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectionsTest {
    @ParameterizedTest
    @CsvSource({
        "escalated,escalate,true", "escalates,escalate,true", "escalating,escalate,true",
        "finalised,finalise,true", "actioned,action,true", "actioning,action,true",
        "referred,refer,true", "referring,refer,true", "applies,apply,true", "applied,apply,true",
        "wishes,wish,true", "escalator,escalate,false", "actionable,action,false",
        "refers,refer,true", "advice,advise,false", "is,be,false", "as,a,false"})
    void recognisesRegularInflections(String form, String base, boolean expected) {
        assertEquals(expected, Inflections.isInflectionOf(form, base), form + " of " + base);
    }
}
