package org.letterlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectorTest {
    @ParameterizedTest
    @CsvSource({
        "escalated,escalate,pass to,passed to", "escalating,escalate,pass to,passing to",
        "escalates,escalate,pass to,passes to", "liaising,liaise,work with,working with",
        "undertaken,undertake,do,done", "utilised,utilise,use,used", "referred,refer,send,sent",
        "expedited,expedite,speed up,sped up", "finalised,finalise,finish,finished",
        "actioned,action,act on,acted on", "stopping,stop,stop,stopping",
        "utilise,utilise,use,use", "in due course,in due course,by <date>,by <date>"})
    void givesTheSuggestionTheEndingOfTheReplacedWord(String matched, String base, String plain, String expected) {
        assertEquals(expected, Inflector.like(matched, base, plain));
    }
}
